using V2G.Messages.Iso20;

namespace V2G.Cli.Demo;

/// <summary>
/// Service negotiation of the ISO 15118-20 DC session: ServiceDiscovery, ServiceDetail and ServiceSelection (all
/// CommonMessages).
/// </summary>
internal static class Iso20ServiceSamples
{
    /// <summary>The car asks for services, saying it supports DC charging.</summary>
    /// <returns>The message.</returns>
    public static ServiceDiscoveryReqType ServiceDiscoveryRequest() => new()
    {
        Header = Iso20Session.Header(Iso20Timeline.ServiceDiscovery),
        SupportedServiceIDs = new ServiceIDListType { ServiceID = { Iso20ServiceIds.DcCharging } },
    };

    /// <summary>The charger offers DC charging, not free of charge, and no value-added services.</summary>
    /// <returns>The message.</returns>
    public static ServiceDiscoveryResType ServiceDiscoveryResponse() => new()
    {
        Header = Iso20Session.Header(Iso20Timeline.ServiceDiscovery),
        ResponseCode = ResponseCodeType.OK,
        ServiceRenegotiationSupported = false,
        EnergyTransferServiceList = new ServiceListType
        {
            Service = { new ServiceType { ServiceID = Iso20ServiceIds.DcCharging, FreeService = false } },
        },
    };

    /// <summary>The car asks for the parameters of DC charging.</summary>
    /// <returns>The message.</returns>
    public static ServiceDetailReqType ServiceDetailRequest() => new()
    {
        Header = Iso20Session.Header(Iso20Timeline.ServiceDiscovery),
        ServiceID = Iso20ServiceIds.DcCharging,
    };

    /// <summary>Two parameter sets: scheduled control with price levels, and dynamic control without pricing.</summary>
    /// <returns>The message.</returns>
    public static ServiceDetailResType ServiceDetailResponse() => new()
    {
        Header = Iso20Session.Header(Iso20Timeline.ServiceDiscovery),
        ResponseCode = ResponseCodeType.OK,
        ServiceID = Iso20ServiceIds.DcCharging,
        ServiceParameterList = new ServiceParameterListType
        {
            ParameterSet =
            {
                ParameterSet(Iso20ServiceIds.ScheduledParameterSet, Iso20ServiceIds.ScheduledControl, Iso20ServiceIds.PriceLevels),
                ParameterSet(Iso20ServiceIds.DynamicParameterSet, Iso20ServiceIds.DynamicControl, Iso20ServiceIds.NoPricing),
            },
        },
    };

    /// <summary>The car selects DC charging with the scheduled parameter set.</summary>
    /// <returns>The message.</returns>
    public static ServiceSelectionReqType ServiceSelectionRequest() => new()
    {
        Header = Iso20Session.Header(Iso20Timeline.ServiceSelection),
        SelectedEnergyTransferService = new SelectedServiceType
        {
            ServiceID = Iso20ServiceIds.DcCharging,
            ParameterSetID = Iso20ServiceIds.ScheduledParameterSet,
        },
    };

    /// <summary>The charger accepts the selection.</summary>
    /// <returns>The message.</returns>
    public static ServiceSelectionResType ServiceSelectionResponse() => new()
    {
        Header = Iso20Session.Header(Iso20Timeline.ServiceSelection),
        ResponseCode = ResponseCodeType.OK,
    };

    private static ParameterSetType ParameterSet(ushort id, int controlMode, int pricing) => new()
    {
        ParameterSetID = id,
        Parameter =
        {
            Integer(Iso20ServiceIds.Connector, Iso20ServiceIds.ExtendedConnector),
            Integer(Iso20ServiceIds.ControlMode, controlMode),
            Integer(Iso20ServiceIds.MobilityNeedsMode, Iso20ServiceIds.NeedsProvidedByEv),
            Integer(Iso20ServiceIds.Pricing, pricing),
        },
    };

    private static ParameterType Integer(string name, int value) => new() { Name = name, IntValue = value };
}
