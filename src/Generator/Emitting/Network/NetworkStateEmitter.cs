using System.Linq;
using LayerGen.Generator.Model;
using LayerGen.Validation;
using static LayerGen.Generator.Emitting.SourceEmitter;

namespace LayerGen.Generator.Emitting.Network;

/// <summary>A network's constants, fields and properties: sizes, parameter layout, buffers, parameters and their gradients.</summary>
internal static class NetworkStateEmitter
{
    public static void Emit(NetworkContext context)
    {
        EmitConstants(context);
        EmitFields(context);
        EmitProperties(context);
        EmitParameterSpans(context);
    }

    private static void EmitConstants(NetworkContext context)
    {
        CodeWriter writer = context.Writer;
        NetworkLayout network = context.Network;
        writer.Doc("summary", "Number of input features per row.");
        writer.Line($"public const int {GeneratedNames.Inputs} = {Format(network.Inputs)};");
        writer.Line();
        writer.Doc("summary", network.HasLoss
            ? "Number of outputs (logits) per row; also the number of classes of the loss."
            : "Number of outputs per row.");
        writer.Line($"public const int {GeneratedNames.Outputs} = {Format(network.Outputs)};");
        writer.Line();
        writer.Doc("summary", "Number of trainable parameters (all weights and biases).");
        writer.Line($"public const int {GeneratedNames.ParameterCount} = {Format(network.ParameterCount)};");
        writer.Line();
        if (context.Affines.Any())
        {
            writer.Comment("Where each Affine layer's weights (row-major, inputs × outputs) and then its bias start in the parameters.");
            foreach (LayoutLayer layer in context.Affines)
            {
                writer.Line($"private const int {GeneratedNames.AffineWeightsStart(layer.AffineIndex)} = {Format(layer.WeightsStart)}, "
                    + $"{GeneratedNames.AffineBiasStart(layer.AffineIndex)} = {Format(layer.BiasStart)};");
            }

            writer.Line();
        }

        if (context.Customs.Any(layer => layer.HasCustomParameters))
        {
            writer.Comment("Where each custom layer's learnable parameters start in the parameters.");
            foreach (LayoutLayer layer in context.Customs.Where(layer => layer.HasCustomParameters))
            {
                writer.Line($"private const int {GeneratedNames.CustomParametersStart(layer.CustomIndex)} = {Format(layer.WeightsStart)};");
            }

            writer.Line();
        }
    }

    private static void EmitFields(NetworkContext context)
    {
        CodeWriter writer = context.Writer;
        NetworkLayout network = context.Network;
        string t = context.T;
        writer.Line($"private readonly {t}[] _parameters = InitializeParameters(new {t}[{GeneratedNames.ParameterCount}], seed: {Format(context.Model.Seed)});");
        if (network.HasLoss)
        {
            writer.Line($"private readonly {t}[] _gradients = new {t}[{GeneratedNames.ParameterCount}];");
            writer.Line($"private readonly {NetworkContext.Helpers}NetworkOptimizer<{t}> _optimizer = new({GeneratedNames.ParameterCount});");
            writer.Line($"private {t}[][] _chunkGradients = global::System.Array.Empty<{t}[]>();");
            writer.Line($"private {NetworkContext.Helpers}BackwardRows<{t}>? _backwardRows;");
        }

        writer.Line("private global::System.Action<int, int>? _forwardRows;");
        writer.Line("private int _maxDegreeOfParallelism = 1;");
        writer.Line();
        writer.Line("// Batch buffers, grown to the largest batch seen and then reused.");
        writer.Line("private int _capacity;");
        if (network.HasLoss)
        {
            writer.Line("private int _lossBatch; // rows cached by the last Loss call for Backward, 0 when none");
        }

        string empty = $"global::System.Array.Empty<{t}>()";
        writer.Line($"private {t}[] _input = {empty};");
        foreach (LayoutLayer layer in network.Layers.Where(layer => ReluFusion.StoresOutput(network, layer)))
        {
            writer.Line($"private {t}[] {GeneratedNames.Activation(layer.Number)} = {empty}; // output of layer {Format(layer.Number)}, {NetworkContext.Describe(layer)}");
        }

        if (network.HasLoss)
        {
            foreach (LayoutLayer layer in network.Layers.Where(layer => ReluFusion.StoresGradient(network, layer)))
            {
                writer.Line($"private {t}[] {GeneratedNames.ActivationGradient(layer.Number)} = {empty}; // d loss / d output of layer {Format(layer.Number)}");
            }
        }

        writer.Line("private int[] _classes = global::System.Array.Empty<int>();");
        if (network.HasLoss && network.HasCustomLayers)
        {
            writer.Line();
            writer.Line("// Each custom layer's per-row records of the forward pass run by Loss, read (not changed) by every Backward");
            writer.Line("// until a Forward, Predict or Accuracy replaces the activations they belong to.");
            foreach (LayoutLayer layer in context.Customs)
            {
                writer.Line($"private {t}[] {GeneratedNames.CustomRecords(layer.CustomIndex)} = {empty};");
            }

            writer.Line($"private bool {GeneratedNames.RecordingCustomLayers};");
            writer.Line($"private bool {GeneratedNames.CustomRecordsFresh};");
            writer.Line();
            writer.Line("// Work space of the custom layers' backward rows: one per thread, as BackwardRows may run on several.");
            writer.Line("[global::System.ThreadStatic]");
            writer.Line($"private static {t}[]? {GeneratedNames.CustomScratch};");
        }

        writer.Line();
    }

    private static void EmitProperties(NetworkContext context)
    {
        CodeWriter writer = context.Writer;
        bool hasLoss = context.Network.HasLoss;
        string loss = hasLoss ? $", <c>{GeneratedNames.Loss}</c> and <see cref=\"{GeneratedNames.Backward}\"/>" : string.Empty;
        writer.Doc("summary",
            $"Maximum number of threads a batch is split over by <see cref=\"{GeneratedNames.Forward}\"/>{loss}. "
            + "The default, 1, runs on the calling thread and allocates nothing.");
        writer.Doc("exception", "The value is less than 1.", "cref=\"global::System.ArgumentOutOfRangeException\"");
        using (writer.Block($"public int {GeneratedNames.MaxDegreeOfParallelism}"))
        {
            writer.Line("get => _maxDegreeOfParallelism;");
            writer.Line($"set => _maxDegreeOfParallelism = {NetworkContext.Helpers}LayerChecks.DegreeOfParallelism(value);");
        }

        writer.Line();
        if (hasLoss)
        {
            writer.Doc("summary", $"Momentum of <see cref=\"{GeneratedNames.Step}\"/>, in [0, 1): 0 (the default) is plain SGD.");
            writer.Doc("exception", "The value is outside [0, 1).", "cref=\"global::System.ArgumentOutOfRangeException\"");
            using (writer.Block($"public {context.T} {GeneratedNames.Momentum}"))
            {
                writer.Line("get => _optimizer.Momentum;");
                writer.Line("set => _optimizer.Momentum = value;");
            }

            writer.Line();
        }

        writer.Doc("summary", context.Network.HasCustomLayers
            ? "All parameters, layer by layer: each Affine layer's weights then its bias, each custom layer's learnable parameters."
            : "All parameters: for each Affine layer in order, its weights then its bias.");
        writer.Line($"public {context.Type.GlobalSpan} {GeneratedNames.Parameters} => _parameters;");
        writer.Line();
        if (hasLoss)
        {
            writer.Doc("summary", $"Gradients written by <see cref=\"{GeneratedNames.Backward}\"/>, laid out like <see cref=\"{GeneratedNames.Parameters}\"/>.");
            writer.Line($"public {context.Type.GlobalSpan} {GeneratedNames.Gradients} => _gradients;");
            writer.Line();
        }
    }

    private static void EmitParameterSpans(NetworkContext context)
    {
        CodeWriter writer = context.Writer;
        string span = context.Type.GlobalSpan;
        foreach (LayoutLayer layer in context.Affines)
        {
            int index = layer.AffineIndex;
            string shape = $"{Format(layer.Inputs)} × {Format(layer.Outputs)}";
            string weightsStart = GeneratedNames.AffineWeightsStart(index), biasStart = GeneratedNames.AffineBiasStart(index);
            string weights = NetworkContext.WeightsLength(layer), outputs = Format(layer.Outputs);
            // One block per Affine layer: its parameter spans without blank lines between them.
            writer.Doc("summary", $"Weights of Affine layer {Format(index)} (layer {Format(layer.Number)}): {shape}, row-major (a row per input).");
            writer.Line($"public {span} {GeneratedNames.AffineWeights(index)} => new(_parameters, {weightsStart}, {weights});");
            writer.Doc("summary", $"Bias of Affine layer {Format(index)} (layer {Format(layer.Number)}): {outputs} entries.");
            writer.Line($"public {span} {GeneratedNames.AffineBias(index)} => new(_parameters, {biasStart}, {outputs});");
            if (context.Network.HasLoss)
            {
                string written = $"written by <see cref=\"{GeneratedNames.Backward}\"/>";
                writer.Doc("summary", $"Gradient of <see cref=\"{GeneratedNames.AffineWeights(index)}\"/> {written}.");
                writer.Line($"public {span} {GeneratedNames.AffineWeightsGradient(index)} => new(_gradients, {weightsStart}, {weights});");
                writer.Doc("summary", $"Gradient of <see cref=\"{GeneratedNames.AffineBias(index)}\"/> {written}.");
                writer.Line($"public {span} {GeneratedNames.AffineBiasGradient(index)} => new(_gradients, {biasStart}, {outputs});");
            }

            writer.Line();
        }

        foreach (LayoutLayer layer in context.Customs.Where(layer => layer.HasCustomParameters))
        {
            int index = layer.CustomIndex;
            string start = GeneratedNames.CustomParametersStart(index), count = Format(layer.Custom!.ParameterCount);
            writer.Doc("summary",
                $"Learnable parameters of custom layer {Format(index)} (layer {Format(layer.Number)}, <see cref=\"{layer.Custom.GlobalName}\"/>), "
                + $"laid out like its <c>Parameters</c>: {count} entries.");
            writer.Line($"public {span} {GeneratedNames.CustomParameters(index)} => new(_parameters, {start}, {count});");
            if (context.Network.HasLoss)
            {
                writer.Doc("summary", $"Gradient of <see cref=\"{GeneratedNames.CustomParameters(index)}\"/> written by <see cref=\"{GeneratedNames.Backward}\"/>.");
                writer.Line($"public {span} {GeneratedNames.CustomParametersGradient(index)} => new(_gradients, {start}, {count});");
            }

            writer.Line();
        }
    }

    /// <summary>The cref of the label overload of <c>Loss</c>.</summary>
    public static string LossCref(NetworkContext context) =>
        $"{GeneratedNames.Loss}(global::System.ReadOnlySpan{{{context.T}}}, global::System.ReadOnlySpan{{int}})";
}
