using System.Collections.Generic;
using System.Linq;
using LayerGen.Generator.Model;
using LayerGen.Validation;
using static LayerGen.Generator.Emitting.SourceEmitter;

namespace LayerGen.Generator.Emitting.Network;

/// <summary>What every network emitter needs: the writer, the model, its layout and the spellings of names.</summary>
internal sealed class NetworkContext(CodeWriter writer, LayerClassModel model, NetworkLayout network, NumericType t)
{
    /// <summary>Prefix of the runtime's helpers of generated code.</summary>
    public const string Helpers = "global::LayerGen.Generated.";

    public CodeWriter Writer { get; } = writer;

    public LayerClassModel Model { get; } = model;

    public NetworkLayout Network { get; } = network;

    public NumericType Type { get; } = t;

    public string T => Type.Name;

    public IEnumerable<LayoutLayer> Affines => Network.Layers.Where(layer => layer.IsAffine);

    /// <summary>The file's kernel helper for rows of <paramref name="size"/> entries, or <see langword="null"/> (runtime kernels).</summary>
    public SoftmaxKernelPlan? KernelFor(int size) => Model.Kernels.FirstOrDefault(plan => plan.Size == size);

    /// <summary><c>global::LayerGen.ISequentialNetwork&lt;float&gt;</c>: the interface every generated network implements.</summary>
    public static string SequentialNetwork(NumericType t) => "global::LayerGen.ISequentialNetwork<" + t.Name + ">";

    /// <summary>"Affine 1, 784 → 256" or "Relu over 256".</summary>
    public static string Describe(LayoutLayer layer) => layer switch
    {
        { IsAffine: true } => $"Affine {Format(layer.AffineIndex)}, {Format(layer.Inputs)} → {Format(layer.Outputs)}",
        { Custom: { } custom } => $"{custom.DisplayName}, {Format(layer.Inputs)} → {Format(layer.Outputs)}",
        _ => $"{layer.Kind.DisplayName()} over {Format(layer.Outputs)}",
    };

    public IEnumerable<LayoutLayer> Customs => Network.Layers.Where(layer => layer.IsCustom);

    /// <summary>A custom layer's learnable parameters in <paramref name="array"/> (<c>_parameters</c> or <c>_gradients</c>) as a span expression.</summary>
    public string CustomSlice(LayoutLayer layer, string array, bool readOnly) =>
        $"new {(readOnly ? Type.GlobalReadOnlySpan : Type.GlobalSpan)}({array}, {GeneratedNames.CustomParametersStart(layer.CustomIndex)}, {Format(layer.Custom!.ParameterCount)})";

    /// <summary>Entries of an Affine layer's weights, as an expression that shows the shape: <c>784 * 256</c>.</summary>
    public static string WeightsLength(LayoutLayer layer) => $"{Format(layer.Inputs)} * {Format(layer.Outputs)}";

    /// <summary>Batch rows of the layer's output buffer, as a span declaration over rows [start, start + count).</summary>
    public static string RowsOf(string field, string width) => $"new({field}, start * {width}, count * {width})";
}
