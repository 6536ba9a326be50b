using System.Linq;
using LayerGen.Generator.Model;
using LayerGen.Validation;
using static LayerGen.Generator.Emitting.Network.NetworkContext;
using static LayerGen.Generator.Emitting.Network.ReluFusion;
using static LayerGen.Generator.Emitting.SourceEmitter;

namespace LayerGen.Generator.Emitting.Network;

/// <summary>A network's batch buffers and its passes over rows [start, start + count): <c>ForwardRows</c> and <c>BackwardRows</c>.</summary>
internal static class NetworkRowsEmitter
{
    public static void Emit(NetworkContext context)
    {
        EmitEnsureCapacity(context);
        EmitForwardRows(context);
        if (context.Network.HasLoss)
        {
            EmitBackwardRows(context);
        }
    }

    private static void EmitEnsureCapacity(NetworkContext context)
    {
        CodeWriter writer = context.Writer;
        string t = context.T;
        writer.Doc("summary", "Grows the batch buffers to <paramref name=\"batch\"/> rows; smaller batches reuse them.");
        using (writer.Block($"private void {GeneratedNames.EnsureCapacity}(int batch)"))
        {
            using (writer.Block("if (batch <= _capacity)"))
            {
                writer.Line("return;");
            }

            writer.Line();
            writer.Line($"_input = new {t}[checked(batch * {GeneratedNames.Inputs})];");
            foreach (LayoutLayer layer in context.Network.Layers.Where(layer => StoresOutput(context.Network, layer)))
            {
                writer.Line($"{GeneratedNames.Activation(layer.Number)} = new {t}[checked(batch * {Format(layer.Outputs)})];");
            }

            if (context.Network.HasLoss)
            {
                foreach (LayoutLayer layer in context.Network.Layers.Where(layer => StoresGradient(context.Network, layer)))
                {
                    writer.Line($"{GeneratedNames.ActivationGradient(layer.Number)} = new {t}[checked(batch * {Format(layer.Outputs)})];");
                }
            }

            if (context.Network.HasLoss)
            {
                foreach (LayoutLayer layer in context.Customs)
                {
                    writer.Line($"{GeneratedNames.CustomRecords(layer.CustomIndex)} = new {t}[checked(batch * {layer.Custom!.GlobalName}.{GeneratedNames.RecordLength})];");
                }
            }

            writer.Line("_classes = new int[batch];");
            writer.Line("_capacity = batch;");
        }

        writer.Line();
    }

    private static void EmitForwardRows(NetworkContext context)
    {
        CodeWriter writer = context.Writer;
        writer.Doc("summary", "Runs every layer on rows [start, start + count) of the batch buffers.");
        using (writer.Block($"private void {GeneratedNames.ForwardRows}(int start, int count)"))
        {
            writer.Line($"{context.Type.GlobalReadOnlySpan} input = {RowsOf("_input", GeneratedNames.Inputs)};");
            NetworkLayout network = context.Network;
            foreach (LayoutLayer layer in network.Layers)
            {
                string x = InputOf(layer), y = "output" + Format(layer.Number);
                bool reluFused = IsForwardFusedRelu(network, layer);
                writer.Line();
                writer.Line($"// Layer {Format(layer.Number)}: {Describe(layer)}");
                if (!reluFused && StoresOutput(network, layer))
                {
                    writer.Line($"{context.Type.GlobalSpan} {y} = {RowsOf(GeneratedNames.Activation(layer.Number), Format(layer.Outputs))};");
                }

                switch (layer.Kind)
                {
                    case LayerKind.Affine when ForwardFusesNextRelu(network, layer):
                        // The Relu after this layer is applied as the products leave the registers (one pass, no pre-activation store).
                        string relu = "output" + Format(layer.Number + 1);
                        writer.Line($"{context.Type.GlobalSpan} {relu} = {RowsOf(GeneratedNames.Activation(layer.Number + 1), Format(layer.Outputs))};");
                        writer.Call("global::LayerGen.Affine.ForwardRelu",
                            [x, GeneratedNames.AffineWeights(layer.AffineIndex), GeneratedNames.AffineBias(layer.AffineIndex), relu, Format(layer.Inputs), Format(layer.Outputs)], ";");
                        break;
                    case LayerKind.Affine:
                        string weights = GeneratedNames.AffineWeights(layer.AffineIndex), bias = GeneratedNames.AffineBias(layer.AffineIndex);
                        writer.Call("global::LayerGen.Affine.Forward", [x, weights, bias, y, Format(layer.Inputs), Format(layer.Outputs)], ";");
                        break;
                    case LayerKind.Custom:
                        EmitCustomForward(context, layer, x, y);
                        break;
                    case LayerKind.Relu when reluFused:
                        writer.Line("// Fused into the Affine layer above (Affine.ForwardRelu).");
                        break;
                    case LayerKind.Softmax:
                        writer.Line(context.KernelFor(layer.Outputs) is { } plan
                            ? $"{Helpers}{plan.HelperName}.Forward({x}, {y});"
                            : $"global::LayerGen.Softmax.Forward({x}, {y}, {Format(layer.Outputs)});");
                        break;
                    default:
                        writer.Line($"global::LayerGen.Activations.{layer.Kind.DisplayName()}({x}, {y});");
                        break;
                }
            }
        }

        writer.Line();
    }

    /// <summary>
    /// A custom layer's forward: in a trainable network, the recording forward while <c>Loss</c> runs the pass (it keeps
    /// the records <c>Backward</c> starts from) and the plain one otherwise; else only the plain one.
    /// </summary>
    private static void EmitCustomForward(NetworkContext context, LayoutLayer layer, string x, string y)
    {
        CodeWriter writer = context.Writer;
        string layerClass = layer.Custom!.GlobalName, parameters = CustomParameters(context, layer, "_parameters");
        void EmitPlain() => writer.Call($"{layerClass}.{GeneratedNames.ForwardBatch}", [x, y, parameters], ";");
        if (!context.Network.HasLoss)
        {
            EmitPlain();
            return;
        }

        using (writer.Block($"if ({GeneratedNames.RecordingCustomLayers})"))
        {
            writer.Call($"{layerClass}.{GeneratedNames.ForwardBatchRecording}", [x, y, parameters, CustomRecords(context, layer)], ";");
        }

        using (writer.Block("else"))
        {
            EmitPlain();
        }
    }

    private static void EmitBackwardRows(NetworkContext context)
    {
        CodeWriter writer = context.Writer;
        NetworkLayout network = context.Network;
        writer.Doc("summary", "Back-propagates rows [start, start + count), writing parameter gradients into <paramref name=\"gradients\"/>.");
        using (writer.Block($"private void {GeneratedNames.BackwardRows}(int start, int count, {context.Type.GlobalSpan} gradients)"))
        {
            // Only the spans some layer's backward reads or writes: an Affine reads its input, the others their output.
            if (network.Layers[0].IsAffine || network.Layers[0].IsCustom)
            {
                writer.Line($"{context.Type.GlobalReadOnlySpan} input = {RowsOf("_input", GeneratedNames.Inputs)};");
            }

            if (network.HasCustomLayers)
            {
                // The largest scratch either backward of the custom layers needs (constants of their generated classes).
                string length = context.Customs
                    .SelectMany(layer => new[] { GeneratedNames.BatchScratchLength, GeneratedNames.FromTapeScratchLength }.Select(name => layer.Custom!.GlobalName + "." + name))
                    .Distinct()
                    .Aggregate((left, right) => $"global::System.Math.Max({left}, {right})");
                writer.Line($"{context.Type.GlobalSpan} scratch = {GeneratedNames.CustomScratch} ??=");
                using (writer.Indent())
                {
                    writer.Line($"new {context.T}[{length}];");
                }

            }

            foreach (LayoutLayer layer in network.Layers)
            {
                string width = Format(layer.Outputs);
                if (layer.OutputReadByBackward)
                {
                    writer.Line($"{context.Type.GlobalReadOnlySpan} output{Format(layer.Number)} = {RowsOf(GeneratedNames.Activation(layer.Number), width)};");
                }

                if (StoresGradient(network, layer))
                {
                    writer.Line($"{context.Type.GlobalSpan} gradient{Format(layer.Number)} = {RowsOf(GeneratedNames.ActivationGradient(layer.Number), width)};");
                }
            }

            for (int i = network.Layers.Length - 1; i >= 0; i--)
            {
                LayoutLayer layer = network.Layers[i];
                string x = InputOf(layer), y = "output" + Format(layer.Number), dy = "gradient" + Format(layer.Number);
                string dx = layer.PropagatesGradient ? "gradient" + Format(layer.Number - 1) : "default";
                writer.Line();
                writer.Line($"// Layer {Format(layer.Number)}: {Describe(layer)}");
                if (layer.IsAffine)
                {
                    int index = layer.AffineIndex;
                    string weightGradients = $"gradients.Slice({GeneratedNames.AffineWeightsStart(index)}, {WeightsLength(layer)})";
                    string biasGradients = $"gradients.Slice({GeneratedNames.AffineBiasStart(index)}, {Format(layer.Outputs)})";
                    bool throughRelu = BackwardThroughReluBelow(network, layer);
                    if (throughRelu)
                    {
                        // The Relu below's backward is applied to dx as it is stored: dx = (dy·Wᵀ) ⊙ [x > 0].
                        dx = "gradient" + Format(layer.Number - 2);
                    }

                    writer.Call(throughRelu ? "global::LayerGen.Affine.BackwardThroughRelu" : "global::LayerGen.Affine.Backward",
                        [x, GeneratedNames.AffineWeights(index), dy, dx, weightGradients, biasGradients, Format(layer.Inputs), Format(layer.Outputs)], ";");
                }
                else if (layer.IsCustom)
                {
                    if (layer.HasCustomParameters)
                    {
                        writer.Line("// Its parameter gradients are added row by row: start this chunk's from zero.");
                        writer.Line($"{context.Type.GlobalSpan} customGradients{Format(layer.CustomIndex)} = gradients.Slice("
                            + $"{GeneratedNames.CustomParametersStart(layer.CustomIndex)}, {Format(layer.Custom!.ParameterCount)});");
                        writer.Line($"customGradients{Format(layer.CustomIndex)}.Clear();");
                    }

                    string parameters = CustomParameters(context, layer, "_parameters");
                    string parameterGradients = layer.HasCustomParameters ? "customGradients" + Format(layer.CustomIndex) : "default";
                    if (!layer.PropagatesGradient)
                    {
                        writer.Line("// The first layer: no input gradient is needed (dx empty), only its parameter gradients.");
                    }

                    using (writer.Block($"if ({GeneratedNames.CustomRecordsFresh})"))
                    {
                        writer.Call($"{layer.Custom!.GlobalName}.{GeneratedNames.BackwardBatchFromTape}",
                            [x, CustomRecords(context, layer), dy, dx, parameters, parameterGradients, "scratch"], ";");
                    }

                    using (writer.Block("else"))
                    {
                        writer.Call($"{layer.Custom!.GlobalName}.{GeneratedNames.BackwardBatch}", [x, dy, dx, parameters, parameterGradients, "scratch"], ";");
                    }
                }
                else if (IsBackwardFusedRelu(network, layer))
                {
                    writer.Line("// Fused into the Affine layer above (Affine.BackwardThroughRelu).");
                }
                else if (!layer.PropagatesGradient)
                {
                    writer.Line("// The first layer has no parameters and nothing below it: no gradient to propagate.");
                }
                else if (layer.Kind == LayerKind.Softmax)
                {
                    writer.Line(context.KernelFor(layer.Outputs) is { } plan
                        ? $"{Helpers}{plan.HelperName}.Backward({y}, {dy}, {dx});"
                        : $"global::LayerGen.Softmax.Backward({y}, {dy}, {dx}, {Format(layer.Outputs)});");
                }
                else
                {
                    writer.Line($"global::LayerGen.Activations.{layer.Kind.DisplayName()}Backward({y}, {dy}, {dx});");
                }
            }
        }

        writer.Line();
    }

    /// <summary>A custom layer's learnable parameters as a read-only span (empty when it has none).</summary>
    private static string CustomParameters(NetworkContext context, LayoutLayer layer, string array) =>
        layer.HasCustomParameters ? context.CustomSlice(layer, array, readOnly: true) : "default";

    /// <summary>A custom layer's records of rows [start, start + count).</summary>
    private static string CustomRecords(NetworkContext context, LayoutLayer layer)
    {
        string length = layer.Custom!.GlobalName + "." + GeneratedNames.RecordLength;
        return $"new {context.Type.GlobalSpan}({GeneratedNames.CustomRecords(layer.CustomIndex)}, start * {length}, count * {length})";
    }

    /// <summary>The span a layer reads: the network input for layer 1, else the previous layer's output.</summary>
    private static string InputOf(LayoutLayer layer) => layer.Number == 1 ? "input" : "output" + Format(layer.Number - 1);
}
