using V2G.Messages.Iso20;

namespace V2G.Cli.Capture;

/// <summary>
/// The key fields of ISO 15118-20 messages (CommonMessages, DC, AC). RationalNumber values carry no unit: the unit is
/// the one the element's name implies (voltage V, current A, power W).
/// </summary>
internal static class Iso20KeyFields
{
    /// <summary>Adds the fields of one message.</summary>
    /// <param name="root">The document's root object (e.g. a <see cref="DC_ChargeLoopReqType"/>).</param>
    /// <param name="fields">Where the fields go.</param>
    public static void Add(object? root, KeyFieldList fields)
    {
        if (root is V2GResponseType anyResponse)
        {
            fields.Text("ResponseCode", anyResponse.ResponseCode);
        }

        switch (root)
        {
            case SessionSetupReqType request:
                fields.Text("EVCCID", request.EVCCID);
                break;
            case SessionSetupResType response:
                fields.Hex("SessionID", response.Header.SessionID).Text("EVSEID", response.EVSEID);
                break;
            case AuthorizationResType response:
                fields.Text("EVSEProcessing", response.EVSEProcessing);
                break;
            case DC_CableCheckResType response:
                fields.Text("EVSEProcessing", response.EVSEProcessing);
                break;
            case ScheduleExchangeResType response:
                fields.Text("EVSEProcessing", response.EVSEProcessing);
                break;
            case DC_ChargeParameterDiscoveryReqType { DC_CPDReqEnergyTransferMode: { } mode }:
                fields.Rational("EVMaximumVoltage", mode.EVMaximumVoltage, "V")
                    .Rational("EVMaximumChargeCurrent", mode.EVMaximumChargeCurrent, "A")
                    .Rational("EVMaximumChargePower", mode.EVMaximumChargePower, "W");
                break;
            case DC_ChargeParameterDiscoveryResType { DC_CPDResEnergyTransferMode: { } mode }:
                fields.Rational("EVSEMaximumVoltage", mode.EVSEMaximumVoltage, "V")
                    .Rational("EVSEMaximumChargeCurrent", mode.EVSEMaximumChargeCurrent, "A")
                    .Rational("EVSEMaximumChargePower", mode.EVSEMaximumChargePower, "W");
                break;
            case PowerDeliveryReqType request:
                fields.Text("ChargeProgress", request.ChargeProgress).Text("EVProcessing", request.EVProcessing);
                break;
            case DC_PreChargeReqType request:
                fields.Rational("EVPresentVoltage", request.EVPresentVoltage, "V").Rational("EVTargetVoltage", request.EVTargetVoltage, "V");
                break;
            case DC_PreChargeResType response:
                fields.Rational("EVSEPresentVoltage", response.EVSEPresentVoltage, "V");
                break;
            case DC_ChargeLoopReqType request:
                Display(request.DisplayParameters, fields);
                fields.Rational("EVPresentVoltage", request.EVPresentVoltage, "V");
                DcControl(request.CLReqControlMode, fields);
                break;
            case DC_ChargeLoopResType response:
                fields.Rational("EVSEPresentVoltage", response.EVSEPresentVoltage, "V")
                    .Rational("EVSEPresentCurrent", response.EVSEPresentCurrent, "A");
                break;
            case AC_ChargeLoopReqType request:
                Display(request.DisplayParameters, fields);
                AcControl(request.CLReqControlMode, fields);
                break;
            case AC_ChargeLoopResType { CLResControlMode: Scheduled_AC_CLResControlModeType control }:
                fields.Rational("EVSETargetActivePower", control.EVSETargetActivePower, "W");
                break;
        }
    }

    private static void Display(DisplayParametersType? display, KeyFieldList fields) =>
        fields.Quantity("PresentSOC", display?.PresentSOC, "%");

    private static void DcControl(CLReqControlModeType control, KeyFieldList fields)
    {
        switch (control)
        {
            case Scheduled_DC_CLReqControlModeType scheduled:
                fields.Rational("EVTargetVoltage", scheduled.EVTargetVoltage, "V").Rational("EVTargetCurrent", scheduled.EVTargetCurrent, "A");
                break;
            case Dynamic_DC_CLReqControlModeType dynamic:
                fields.Rational("EVMaximumVoltage", dynamic.EVMaximumVoltage, "V")
                    .Rational("EVMaximumChargeCurrent", dynamic.EVMaximumChargeCurrent, "A")
                    .Rational("EVMaximumChargePower", dynamic.EVMaximumChargePower, "W");
                break;
        }
    }

    private static void AcControl(CLReqControlModeType control, KeyFieldList fields)
    {
        switch (control)
        {
            case Scheduled_AC_CLReqControlModeType scheduled:
                fields.Rational("EVPresentActivePower", scheduled.EVPresentActivePower, "W");
                break;
            case Dynamic_AC_CLReqControlModeType dynamic:
                fields.Rational("EVPresentActivePower", dynamic.EVPresentActivePower, "W")
                    .Rational("EVMaximumChargePower", dynamic.EVMaximumChargePower, "W");
                break;
        }
    }

    // RationalNumber: Value x 10^Exponent.
    private static KeyFieldList Rational(this KeyFieldList fields, string name, RationalNumberType? value, string unit) =>
        fields.Quantity(name, value?.ToDecimal(), unit);
}
