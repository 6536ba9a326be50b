using System.Collections.Generic;
using LayerGen.Generator.Model;
using LayerGen.Validation;
using static LayerGen.Generator.Emitting.SourceEmitter;

namespace LayerGen.Generator.Emitting;

/// <summary>
/// Writes a second partial declaration of a network class that implements <c>LayerGen.ISequentialNetwork&lt;T&gt;</c>:
/// the layer list, the parameters and <c>Forward</c>, all as explicit interface members so they add no names to the
/// user's class. Exporters such as <c>LayerGen.Onnx</c> read networks through it.
/// </summary>
internal static class NetworkInterfaceEmitter
{
    private const string Layer = "global::LayerGen.NetworkLayer";

    /// <summary>Emits the declaration after the class's main declaration; writes nothing for a standalone layer.</summary>
    public static void Emit(CodeWriter w, LayerClassModel model)
    {
        if (!GeneratedNames.IsNetwork(model.Layers.Items))
        {
            return;
        }

        NumericType t = NumericType.Of(model.Precision);
        string self = "global::LayerGen.ISequentialNetwork<" + t.Name + ">";
        w.Line();
        w.Line("// The layer list and parameters for exporters (LayerGen.Onnx's ExportOnnx), as explicit interface members.");
        using (w.Block("partial class " + Escaped(model.Name) + " : " + self))
        {
            w.Line("/// <inheritdoc/>");
            w.Line($"global::System.Collections.Generic.IReadOnlyList<{Layer}> {self}.Layers => new {Layer}[]");
            w.Line("{");
            foreach (string layer in Describe(model.Layers))
            {
                w.Line("    " + layer + ",");
            }

            w.Line("};");
            w.Line();
            w.Line("/// <inheritdoc/>");
            w.Line($"{t.ReadOnlySpan} {self}.Parameters => _parameters;");
            w.Line();
            w.Line("/// <inheritdoc/>");
            w.Line($"{t.ReadOnlySpan} {self}.Forward({t.ReadOnlySpan} input) => {GeneratedNames.Forward}(input);");
        }
    }

    /// <summary>One <c>NetworkLayer</c> factory call per layer; parameter offsets follow the generated layout (weights, then bias, per Affine).</summary>
    private static IEnumerable<string> Describe(EquatableArray<ResolvedLayer> layers)
    {
        int offset = 0;
        foreach (ResolvedLayer layer in layers)
        {
            if (layer.Kind == LayerKind.Affine)
            {
                int bias = offset + (layer.Inputs * layer.Outputs);
                yield return $"{Layer}.Affine({Format(layer.Inputs)}, {Format(layer.Outputs)}, weightsOffset: {Format(offset)}, biasOffset: {Format(bias)})";
                offset = bias + layer.Outputs;
            }
            else
            {
                yield return $"{Layer}.WithoutParameters(global::LayerGen.NetworkLayerKind.{layer.Kind}, {Format(layer.Outputs)})";
            }
        }
    }
}
