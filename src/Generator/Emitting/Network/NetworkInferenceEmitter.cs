using LayerGen.Validation;
using static LayerGen.Generator.Emitting.Network.NetworkContext;

namespace LayerGen.Generator.Emitting.Network;

/// <summary>A network's inference API: <c>Forward</c>, <c>Predict</c> (argmax of the outputs) and <c>Accuracy</c>.</summary>
internal static class NetworkInferenceEmitter
{
    public static void EmitForward(NetworkContext context)
    {
        CodeWriter writer = context.Writer;
        string output = context.Network.HasLoss ? "logits" : "outputs";
        writer.Doc("summary", "Runs the network on a batch.");
        writer.Doc("param", "A row-major batch of <see cref=\"Inputs\"/> features per row.", "name=\"input\"");
        writer.Doc("returns", $"The {output}, <c>rows × <see cref=\"Outputs\"/></c> row-major: a view of an owned buffer, valid until the next call.");
        writer.Doc("exception", "The input length is not a multiple of <see cref=\"Inputs\"/>.", "cref=\"global::System.ArgumentException\"");
        using (writer.Method($"public {context.Type.GlobalReadOnlySpan} {GeneratedNames.Forward}", $"{context.Type.GlobalReadOnlySpan} input"))
        {
            writer.Line($"int batch = {Helpers}LayerChecks.Batch(input, {GeneratedNames.Inputs}, nameof(input));");
            writer.Line("EnsureCapacity(batch);");
            writer.Line("input.CopyTo(_input);");
            if (context.Network.HasLoss)
            {
                writer.Line("_lossBatch = 0;");
                if (context.Network.HasCustomLayers)
                {
                    writer.Line($"{GeneratedNames.CustomRecordsFresh} = false;");
                }
            }

            writer.Call($"{Helpers}BatchParallel.For", ["batch", "_maxDegreeOfParallelism", "_forwardRows ??= ForwardRows"], ";");
            writer.Line($"return new {context.Type.GlobalReadOnlySpan}({GeneratedNames.Activation(context.Network.Last.Number)}, 0, batch * {GeneratedNames.Outputs});");
        }

        writer.Line();
    }

    public static void EmitPredictAndAccuracy(NetworkContext context)
    {
        CodeWriter writer = context.Writer;
        string input = context.Type.GlobalReadOnlySpan + " input";
        string of = context.Network.HasLoss ? "logits (softmax keeps the order)" : "outputs";
        writer.Doc("summary", $"Writes each row's predicted class: the argmax of the {of}.");
        writer.Doc("param", "A row-major batch of <see cref=\"Inputs\"/> features per row.", "name=\"input\"");
        writer.Doc("param", "Receives one class index per row; at least as long as the number of rows.", "name=\"classes\"");
        writer.Doc("exception", "The input is ragged or <c>classes</c> is too short.", "cref=\"global::System.ArgumentException\"");
        using (writer.Method($"public void {GeneratedNames.Predict}", input, "global::System.Span<int> classes"))
        {
            writer.Line($"int batch = {Helpers}LayerChecks.Batch(input, {GeneratedNames.Inputs}, nameof(input));");
            writer.Line($"{Helpers}LayerChecks.OnePerRow(classes.Length, batch, nameof(classes));");
            writer.Line($"global::LayerGen.Rows.ArgMax({GeneratedNames.Forward}(input), {GeneratedNames.Outputs}, classes);");
        }

        writer.Line();
        writer.Doc("summary", $"Returns the fraction of rows whose class (as <see cref=\"{GeneratedNames.Predict}\"/> finds it) is the label.");
        writer.Doc("param", "A row-major batch of <see cref=\"Inputs\"/> features per row.", "name=\"input\"");
        writer.Doc("param", "One class index in [0, <see cref=\"Outputs\"/>) per row.", "name=\"labels\"");
        writer.Doc("returns", "A value in [0, 1].");
        writer.Doc("exception", "The input is empty or ragged, or the label count is not the row count.", "cref=\"global::System.ArgumentException\"");
        writer.Doc("exception", "A label is outside [0, Outputs).", "cref=\"global::System.ArgumentOutOfRangeException\"");
        using (writer.Method($"public double {GeneratedNames.Accuracy}", input, "global::System.ReadOnlySpan<int> labels"))
        {
            writer.Line($"int batch = {Helpers}LayerChecks.NonEmptyBatch(input, {GeneratedNames.Inputs}, nameof(input));");
            writer.Line($"{Helpers}LayerChecks.Labels(labels, batch, {GeneratedNames.Outputs});");
            writer.Line("EnsureCapacity(batch);");
            writer.Line("global::System.Span<int> classes = new(_classes, 0, batch);");
            writer.Line($"global::LayerGen.Rows.ArgMax({GeneratedNames.Forward}(input), {GeneratedNames.Outputs}, classes);");
            writer.Line("int correct = 0;");
            using (writer.Block("for (int row = 0; row < batch; row++)"))
            {
                writer.Line("correct += classes[row] == labels[row] ? 1 : 0;");
            }

            writer.Line();
            writer.Line("return (double)correct / batch;");
        }

        writer.Line();
    }
}
