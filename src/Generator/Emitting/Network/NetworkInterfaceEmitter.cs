using LayerGen.Validation;

namespace LayerGen.Generator.Emitting.Network;

/// <summary>
/// Implements <c>LayerGen.ISequentialNetwork&lt;T&gt;</c> (the layer list, the parameters and <c>Forward</c>) with explicit
/// interface members, so they add no names to the user's class. Exporters such as <c>LayerGen.Onnx</c> read networks through it.
/// </summary>
internal static class NetworkInterfaceEmitter
{
    /// <remarks>Explicit interface members need no XML docs (CS1591 does not apply to them).</remarks>
    public static void Emit(NetworkContext context)
    {
        CodeWriter writer = context.Writer;
        string self = NetworkContext.SequentialNetwork(context.Type);
        string span = context.Type.GlobalReadOnlySpan;
        writer.Comment($"ISequentialNetwork<{context.T}> for exporters such as LayerGen.Onnx, as explicit interface members.");
        writer.Line("global::System.Collections.Generic.IReadOnlyList<global::LayerGen.NetworkLayer>");
        using (writer.Indent())
        {
            writer.Line($"{self}.Layers => {GeneratedNames.DescribeLayers}();");
        }

        writer.Line($"{span} {self}.Parameters => _parameters;");
        writer.Line($"{span} {self}.Forward(");
        using (writer.Indent())
        {
            writer.Line($"{span} input) => {GeneratedNames.Forward}(input);");
        }

        writer.Line();
    }
}
