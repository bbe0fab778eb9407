using V2G.Exi;

namespace V2G.Messages.Iso20;

/// <summary>
/// EXI codec of the ISO 15118-20 CommonMessages namespace: Common messages of every ISO 15118-20 session (SessionSetup, Authorization, ServiceDiscovery, ScheduleExchange, PowerDelivery, MeteringConfirmation, SessionStop, certificates...). Generated from <c>schemas/iso20/V2G_CI_CommonMessages.xsd</c>;
/// a document is one of the namespace's global elements. The types of CommonTypes and XML-DSig are shared with
/// the other ISO 15118-20 codecs of this assembly.
/// </summary>
[ExiSchema("iso20/V2G_CI_CommonMessages.xsd")]
public static partial class CommonMessagesCodec;
