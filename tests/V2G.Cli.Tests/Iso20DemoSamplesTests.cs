using System;
using System.Collections.Generic;
using System.Linq;
using V2G.Cli.Demo;
using V2G.Messages.Iso20;
using Xunit;

namespace V2G.Cli.Tests;

/// <summary>The ISO 15118-20 messages of <c>v2g demo</c> agree with each other, as in one real session.</summary>
public class Iso20DemoSamplesTests
{
    [Fact]
    public void Authorization_SelectsAnOfferedService()
    {
        AuthorizationSetupResType setup = Iso20SetupSamples.AuthorizationSetupResponse();
        AuthorizationReqType request = Iso20SetupSamples.AuthorizationRequest();

        Assert.Contains(request.SelectedAuthorizationService, setup.AuthorizationServices);
        Assert.Equal(AuthorizationType.EIM, request.SelectedAuthorizationService);
        Assert.NotNull(request.EIM_AReqAuthorizationMode);
        Assert.Null(request.PnC_AReqAuthorizationMode);
        Assert.NotNull(setup.EIM_ASResAuthorizationMode);
    }

    [Fact]
    public void ServiceSelection_PicksAnOfferedServiceAndParameterSet()
    {
        ServiceDiscoveryReqType discoveryRequest = Iso20ServiceSamples.ServiceDiscoveryRequest();
        ServiceDiscoveryResType discovery = Iso20ServiceSamples.ServiceDiscoveryResponse();
        ServiceDetailReqType detailRequest = Iso20ServiceSamples.ServiceDetailRequest();
        ServiceDetailResType detail = Iso20ServiceSamples.ServiceDetailResponse();
        SelectedServiceType selected = Iso20ServiceSamples.ServiceSelectionRequest().SelectedEnergyTransferService;

        Assert.Contains(selected.ServiceID, discoveryRequest.SupportedServiceIDs!.ServiceID);
        Assert.Contains(selected.ServiceID, discovery.EnergyTransferServiceList.Service.Select(s => s.ServiceID));
        Assert.Equal(selected.ServiceID, detailRequest.ServiceID);
        Assert.Equal(selected.ServiceID, detail.ServiceID);
        Assert.Contains(selected.ParameterSetID, detail.ServiceParameterList.ParameterSet.Select(p => p.ParameterSetID));
        Assert.Equal(Iso20ServiceIds.ScheduledControl, SelectedParameter(Iso20ServiceIds.ControlMode));
    }

    [Fact]
    public void ScheduledControlMode_UsedThroughoutTheSession()
    {
        ScheduleExchangeReqType scheduleRequest = Iso20ScheduleSamples.Request();
        ScheduleExchangeResType schedule = Iso20ScheduleSamples.Response();

        Assert.NotNull(scheduleRequest.Scheduled_SEReqControlMode);
        Assert.Null(scheduleRequest.Dynamic_SEReqControlMode);
        Assert.NotNull(schedule.Scheduled_SEResControlMode);
        Assert.Null(schedule.Dynamic_SEResControlMode);
        Assert.NotNull(Iso20ChargingSamples.PowerDeliveryStartRequest().EVPowerProfile!.Scheduled_EVPPTControlMode);
        Assert.IsType<Scheduled_DC_CLReqControlModeType>(Iso20ChargingSamples.ChargeLoopRequest().CLReqControlMode);
        Assert.IsType<Scheduled_DC_CLResControlModeType>(Iso20ChargingSamples.ChargeLoopResponse().CLResControlMode);
    }

    [Fact]
    public void Schedule_MatchesThePricingParameter_AndIsTheOneSelected()
    {
        List<ScheduleTupleType> tuples = Iso20ScheduleSamples.Response().Scheduled_SEResControlMode!.ScheduleTuple;
        uint selected = Iso20ChargingSamples.PowerDeliveryStartRequest().EVPowerProfile!.Scheduled_EVPPTControlMode!.SelectedScheduleTupleID;

        Assert.Equal(Iso20ServiceIds.PriceLevels, SelectedParameter(Iso20ServiceIds.Pricing));
        Assert.Contains(selected, tuples.Select(t => t.ScheduleTupleID));
        Assert.All(tuples, t =>
        {
            PriceLevelScheduleType levels = Assert.IsType<PriceLevelScheduleType>(t.ChargingSchedule.PriceLevelSchedule);
            Assert.Null(t.ChargingSchedule.AbsolutePriceSchedule);
            Assert.All(levels.PriceLevelScheduleEntries.PriceLevelScheduleEntry, e => Assert.InRange(e.PriceLevel, 1, levels.NumberOfPriceLevels));
            Assert.Equal(
                t.ChargingSchedule.PowerSchedule.PowerScheduleEntries.PowerScheduleEntry.Sum(e => (long)e.Duration),
                levels.PriceLevelScheduleEntries.PriceLevelScheduleEntry.Sum(e => (long)e.Duration));
        });
    }

    [Fact]
    public void Limits_ChargeLoopStaysWithinBothSides()
    {
        DC_CPDReqEnergyTransferModeType ev = Iso20ChargeParameterSamples.Request().DC_CPDReqEnergyTransferMode;
        DC_CPDResEnergyTransferModeType evse = Iso20ChargeParameterSamples.Response().DC_CPDResEnergyTransferMode;
        DC_ChargeLoopReqType loop = Iso20ChargingSamples.ChargeLoopRequest();
        DC_ChargeLoopResType delivered = Iso20ChargingSamples.ChargeLoopResponse();
        var control = Assert.IsType<Scheduled_DC_CLReqControlModeType>(loop.CLReqControlMode);
        double power = Si(delivered.EVSEPresentVoltage) * Si(delivered.EVSEPresentCurrent);

        Assert.InRange(Si(control.EVTargetCurrent), Si(evse.EVSEMinimumChargeCurrent), Si(evse.EVSEMaximumChargeCurrent));
        Assert.InRange(Si(control.EVTargetCurrent), Si(ev.EVMinimumChargeCurrent), Si(ev.EVMaximumChargeCurrent));
        Assert.InRange(Si(control.EVTargetVoltage), Si(ev.EVMinimumVoltage), Si(ev.EVMaximumVoltage));
        Assert.InRange(Si(delivered.EVSEPresentVoltage), Math.Max(Si(ev.EVMinimumVoltage), Si(evse.EVSEMinimumVoltage)), Si(ev.EVMaximumVoltage));
        Assert.InRange(Si(delivered.EVSEPresentCurrent), 0, Si(control.EVTargetCurrent));
        Assert.InRange(power, 0, Math.Min(Si(ev.EVMaximumChargePower), Si(evse.EVSEMaximumChargePower)));
        Assert.Equal(Si(loop.EVPresentVoltage), Si(delivered.EVSEPresentVoltage));
        Assert.InRange(Si(Iso20PreparationSamples.PreChargeRequest().EVTargetVoltage), Si(ev.EVMinimumVoltage), Si(ev.EVMaximumVoltage));
    }

    [Fact]
    public void EnergyAndStateOfCharge_AddUp()
    {
        DisplayParametersType display = Iso20ChargingSamples.ChargeLoopRequest().DisplayParameters!;
        Scheduled_SEReqControlModeType need = Iso20ScheduleSamples.Request().Scheduled_SEReqControlMode!;
        double capacity = Si(display.BatteryEnergyCapacity!);
        double charged = Iso20ChargingSamples.ChargeLoopResponse().MeterInfo!.ChargedEnergyReadingWh;

        Assert.Equal(Iso20ChargeParameterSamples.Request().DC_CPDReqEnergyTransferMode.TargetSOC, display.TargetSOC);
        Assert.InRange(Si(need.EVTargetEnergyRequest!), 0, Si(need.EVMaximumEnergyRequest!));
        Assert.InRange(Si(need.EVMaximumEnergyRequest!), 0, capacity);
        Assert.Equal((display.TargetSOC!.Value - Iso20Ratings.StartSoc) / 100.0 * capacity, Si(need.EVTargetEnergyRequest!), 1e-6);
        Assert.InRange(Iso20Ratings.StartSoc + (charged / capacity * 100), display.PresentSOC!.Value - 1.5, display.PresentSOC.Value + 1.5);
    }

    [Fact]
    public void Identifiers_AreTheSessionsOwn()
    {
        Assert.Equal(Iso20Session.EvseId, Iso20SetupSamples.SessionSetupResponse().EVSEID);
        Assert.Equal(Iso20Session.EvccId, Iso20SetupSamples.SessionSetupRequest().EVCCID);
        Assert.Equal(Iso20Session.MeterId, Iso20ChargingSamples.ChargeLoopResponse().MeterInfo!.MeterID);
        Assert.Equal(new byte[8], Iso20SetupSamples.SessionSetupRequest().Header.SessionID);
        Assert.Equal(Iso20Session.SessionId(), Iso20SetupSamples.SessionSetupResponse().Header.SessionID);
        Assert.Equal(8, Iso20Session.SessionId().Length);
        Assert.NotEqual(Iso2Session.SessionId(), Iso20Session.SessionId());
    }

    private static int SelectedParameter(string name)
    {
        SelectedServiceType selected = Iso20ServiceSamples.ServiceSelectionRequest().SelectedEnergyTransferService;
        ParameterSetType set = Iso20ServiceSamples.ServiceDetailResponse().ServiceParameterList.ParameterSet
            .Single(p => p.ParameterSetID == selected.ParameterSetID);
        return set.Parameter.Single(p => p.Name == name).IntValue!.Value;
    }

    private static double Si(RationalNumberType value) => value.Value * Math.Pow(10, value.Exponent);
}
