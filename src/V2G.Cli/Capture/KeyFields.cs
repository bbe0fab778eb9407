using System.Collections.Generic;
using System.Linq;
using V2G.Messages.AppProtocol;
using V2G.Messages.Din;
using V2G.Messages.Iso2;
using V2G.Messages.Iso20;
using V2G.Sessions;

namespace V2G.Cli.Capture;

/// <summary>The fields of a decoded message that the timeline and the report show, chosen per family.</summary>
internal static class KeyFields
{
    /// <summary>The key fields of a message, in the order the timeline prints them; none when it did not decode.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The fields.</returns>
    public static IReadOnlyList<KeyField> Of(SessionMessage message)
    {
        var fields = new KeyFieldList();
        switch (message.Document)
        {
            case AppProtocolDocument { SupportedAppProtocolReq: { } request }:
                fields.Text("AppProtocol", string.Join(", ", request.AppProtocol.Select(p => $"{p.ProtocolNamespace} (SchemaID {p.SchemaID})")));
                break;
            case AppProtocolDocument { SupportedAppProtocolRes: { } response }:
                fields.Text("ResponseCode", response.ResponseCode).Text("SchemaID", response.SchemaID);
                break;
            case DinDocument { V2G_Message: { } din }:
                DinKeyFields.Add(din, fields);
                break;
            case Iso2Document { V2G_Message: { } iso2 }:
                Iso2KeyFields.Add(iso2, fields);
                break;
            case CommonMessagesDocument common:
                Iso20KeyFields.Add(common.Value, fields);
                break;
            case DcDocument dc:
                Iso20KeyFields.Add(dc.Value, fields);
                break;
            case AcDocument ac:
                Iso20KeyFields.Add(ac.Value, fields);
                break;
        }

        return fields.Fields;
    }
}
