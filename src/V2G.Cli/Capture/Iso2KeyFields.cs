using V2G.Messages.Iso2;

namespace V2G.Cli.Capture;

/// <summary>The key fields of ISO 15118-2 body elements: DC charging values, status, and what each side decided.</summary>
internal static class Iso2KeyFields
{
    /// <summary>Adds the fields of one message.</summary>
    /// <param name="message">The decoded V2G_Message.</param>
    /// <param name="fields">Where the fields go.</param>
    public static void Add(V2G_Message message, KeyFieldList fields)
    {
        BodyBaseType? body = message.Body.BodyElement;
        ResponseFields.Add(body, fields);
        switch (body)
        {
            case SessionSetupReqType request:
                fields.Hex("EVCCID", request.EVCCID);
                break;
            case SessionSetupResType:
                fields.Hex("SessionID", message.Header.SessionID);
                break;
            case PaymentServiceSelectionReqType request:
                fields.Text("SelectedPaymentOption", request.SelectedPaymentOption);
                break;
            case ChargeParameterDiscoveryReqType { EVChargeParameter: DC_EVChargeParameterType parameter }:
                Status(parameter.DC_EVStatus, fields);
                fields.Physical("EVMaximumVoltageLimit", parameter.EVMaximumVoltageLimit, "V")
                    .Physical("EVMaximumCurrentLimit", parameter.EVMaximumCurrentLimit, "A");
                break;
            case ChargeParameterDiscoveryResType { EVSEChargeParameter: DC_EVSEChargeParameterType parameter }:
                fields.Physical("EVSEMaximumVoltageLimit", parameter.EVSEMaximumVoltageLimit, "V")
                    .Physical("EVSEMaximumCurrentLimit", parameter.EVSEMaximumCurrentLimit, "A")
                    .Physical("EVSEMaximumPowerLimit", parameter.EVSEMaximumPowerLimit, "W");
                break;
            case PowerDeliveryReqType request:
                fields.Text("ChargeProgress", request.ChargeProgress).Text("SAScheduleTupleID", request.SAScheduleTupleID);
                break;
            case ChargeParameterDiscoveryReqType { EVChargeParameter: AC_EVChargeParameterType parameter }:
                fields.Physical("EVMaxVoltage", parameter.EVMaxVoltage, "V").Physical("EVMaxCurrent", parameter.EVMaxCurrent, "A");
                break;
            case ChargingStatusResType response:
                fields.Physical("EVSEMaxCurrent", response.EVSEMaxCurrent, "A");
                break;
            case PreChargeReqType request:
                Status(request.DC_EVStatus, fields);
                fields.Physical("EVTargetVoltage", request.EVTargetVoltage, "V")
                    .Physical("EVTargetCurrent", request.EVTargetCurrent, "A");
                break;
            case PreChargeResType response:
                fields.Physical("EVSEPresentVoltage", response.EVSEPresentVoltage, "V");
                break;
            case CurrentDemandReqType request:
                Status(request.DC_EVStatus, fields);
                fields.Physical("EVTargetVoltage", request.EVTargetVoltage, "V")
                    .Physical("EVTargetCurrent", request.EVTargetCurrent, "A")
                    .Text("ChargingComplete", request.ChargingComplete);
                break;
            case CurrentDemandResType response:
                fields.Physical("EVSEPresentVoltage", response.EVSEPresentVoltage, "V")
                    .Physical("EVSEPresentCurrent", response.EVSEPresentCurrent, "A")
                    .Physical("EVSEMaximumVoltageLimit", response.EVSEMaximumVoltageLimit, "V")
                    .Physical("EVSEMaximumCurrentLimit", response.EVSEMaximumCurrentLimit, "A")
                    .Physical("EVSEMaximumPowerLimit", response.EVSEMaximumPowerLimit, "W");
                break;
            case WeldingDetectionResType response:
                fields.Physical("EVSEPresentVoltage", response.EVSEPresentVoltage, "V");
                break;
        }
    }

    private static void Status(DC_EVStatusType status, KeyFieldList fields) =>
        fields.Quantity("EVRESSSOC", status.EVRESSSOC, "%");

    // Value x 10^Multiplier in the unit the sender gave; the unit the standard prescribes when the sender gave none.
    private static KeyFieldList Physical(this KeyFieldList fields, string name, PhysicalValueType? value, string unit) =>
        fields.Quantity(name, value?.ToDecimal(), value?.Unit.ToString() ?? unit);
}
