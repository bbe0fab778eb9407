using System;
using System.Collections.Generic;
using V2G.Messages.Iso20;
using V2G.Security.Signatures.Engine;

namespace V2G.Security.Signatures.Iso20;

/// <summary>
/// What ISO 15118-20 signs in each CommonMessages message type: PnC_AReqAuthorizationMode of AuthorizationReq
/// (GenChallenge and contract chain), SignedMeteringData of MeteringConfirmationReq, OEMProvisioningCertificateChain
/// of CertificateInstallationReq, SignedInstallationData of CertificateInstallationRes, and every price schedule
/// (AbsolutePriceSchedule, PriceLevelSchedule) of ScheduleExchangeRes, in document order.
/// </summary>
internal static class Iso20SignedMessages
{
    public static SignedMessageRule<CommonMessagesFragment> RuleOf(CommonMessagesDocument document)
    {
        switch (document.Value)
        {
            case AuthorizationReqType { PnC_AReqAuthorizationMode: { } p }:
                return new("AuthorizationReq", new[] { Element("PnC_AReqAuthorizationMode", p.Id, p, CommonMessagesFragment.FromPnC_AReqAuthorizationMode(p), id => p.Id = id) }, true, p.GenChallenge);
            case MeteringConfirmationReqType { SignedMeteringData: { } m }:
                return Single("MeteringConfirmationReq", Element("SignedMeteringData", m.Id, m, CommonMessagesFragment.FromSignedMeteringData(m), id => m.Id = id));
            case CertificateInstallationReqType { OEMProvisioningCertificateChain: { } c }:
                return Single("CertificateInstallationReq", Element("OEMProvisioningCertificateChain", c.Id, c, CommonMessagesFragment.FromOEMProvisioningCertificateChain(c), id => c.Id = id));
            case CertificateInstallationResType { SignedInstallationData: { } s }:
                return Single("CertificateInstallationRes", Element("SignedInstallationData", s.Id, s, CommonMessagesFragment.FromSignedInstallationData(s), id => s.Id = id));
            case ScheduleExchangeResType r:
                return PriceSchedules(r);
            default:
                return SignedMessageRule<CommonMessagesFragment>.Unsigned(document.Name.LocalName);
        }
    }

    private static SignedMessageRule<CommonMessagesFragment> Single(string name, SignedElement<CommonMessagesFragment> element) =>
        new(name, new[] { element }, false, null);

    private static SignedMessageRule<CommonMessagesFragment> PriceSchedules(ScheduleExchangeResType response)
    {
        var elements = new List<SignedElement<CommonMessagesFragment>>();
        if (response.Dynamic_SEResControlMode is { } dynamic)
        {
            Add(elements, dynamic.AbsolutePriceSchedule, dynamic.PriceLevelSchedule);
        }

        if (response.Scheduled_SEResControlMode is { } scheduled)
        {
            foreach (var tuple in scheduled.ScheduleTuple)
            {
                Add(elements, tuple.ChargingSchedule?.AbsolutePriceSchedule, tuple.ChargingSchedule?.PriceLevelSchedule);
                Add(elements, tuple.DischargingSchedule?.AbsolutePriceSchedule, tuple.DischargingSchedule?.PriceLevelSchedule);
            }
        }

        return new("ScheduleExchangeRes", elements, false, null);
    }

    private static void Add(List<SignedElement<CommonMessagesFragment>> elements, AbsolutePriceScheduleType? absolute, PriceLevelScheduleType? levels)
    {
        if (absolute != null)
        {
            elements.Add(Element("AbsolutePriceSchedule", absolute.Id, absolute, CommonMessagesFragment.FromAbsolutePriceSchedule(absolute), id => absolute.Id = id));
        }

        if (levels != null)
        {
            elements.Add(Element("PriceLevelSchedule", levels.Id, levels, CommonMessagesFragment.FromPriceLevelSchedule(levels), id => levels.Id = id));
        }
    }

    private static SignedElement<CommonMessagesFragment> Element(string name, string? id, object content, CommonMessagesFragment fragment, Action<string> assign) =>
        new(name, id, content, fragment, assign);
}
