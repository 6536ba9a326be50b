using LayerGen.Generator.Model;
using LayerGen.Validation;
using static LayerGen.Generator.Emitting.Network.NetworkContext;

namespace LayerGen.Generator.Emitting.Network;

/// <summary>A trainable network's API: the two <c>Loss</c> overloads, <c>Backward</c>, <c>Step</c> (SGD) and <c>StepAdam</c>.</summary>
internal static class NetworkTrainingEmitter
{
    public static void Emit(NetworkContext context)
    {
        EmitLabelLoss(context);
        EmitTargetLoss(context);
        EmitBackward(context);
        EmitOptimizerSteps(context);
    }

    private static void EmitLabelLoss(NetworkContext context)
    {
        CodeWriter writer = context.Writer;
        NetworkLayout network = context.Network;
        writer.Doc("summary",
            "Runs the network and returns the mean softmax cross-entropy of the logits against <paramref name=\"labels\"/> "
            + $"(a per-row log-sum-exp, so it never overflows); keeps what <see cref=\"{GeneratedNames.Backward}\"/> needs.");
        writer.Doc("remarks", "A label whose logit is <c>-∞</c> costs <c>+∞</c>, not NaN.");
        writer.Doc("param", "A row-major batch of <see cref=\"Inputs\"/> features per row.", "name=\"input\"");
        writer.Doc("param", "One class index in [0, <see cref=\"Outputs\"/>) per row.", "name=\"labels\"");
        writer.Doc("returns", "The mean loss over the rows.");
        writer.Doc("exception", "The input is empty or ragged, or the label count is not the row count.", "cref=\"global::System.ArgumentException\"");
        writer.Doc("exception", "A label is outside [0, Outputs).", "cref=\"global::System.ArgumentOutOfRangeException\"");
        using (writer.Method($"public {context.T} {GeneratedNames.Loss}", $"{context.Type.GlobalReadOnlySpan} input", "global::System.ReadOnlySpan<int> labels"))
        {
            writer.Line($"int batch = {Helpers}LayerChecks.NonEmptyBatch(input, {GeneratedNames.Inputs}, nameof(input));");
            writer.Line($"{Helpers}LayerChecks.Labels(labels, batch, {GeneratedNames.Outputs});");
            EmitLogitsAndGradients(context);
            writer.Line(context.KernelFor(network.LossClasses) is { } plan
                ? $"{context.T} loss = {Helpers}{plan.HelperName}.MeanLoss(logits, labels, gradients);"
                : $"{context.T} loss = global::LayerGen.CrossEntropy.FromLogits(logits, labels, gradients, {GeneratedNames.Outputs});");
            writer.Line("_lossBatch = batch;");
            writer.Line("return loss;");
        }

        writer.Line();
    }

    private static void EmitTargetLoss(NetworkContext context)
    {
        CodeWriter writer = context.Writer;
        writer.Doc("summary",
            "Runs the network and returns the mean softmax cross-entropy against target distributions (one-hot rows or "
            + $"probabilities, computed by <c>global::LayerGen.CrossEntropy.FromLogits</c>); keeps what <see cref=\"{GeneratedNames.Backward}\"/> needs.");
        writer.Doc("param", "A row-major batch of <see cref=\"Inputs\"/> features per row.", "name=\"input\"");
        writer.Doc("param", "One row of <see cref=\"Outputs\"/> probabilities per input row.", "name=\"targets\"");
        writer.Doc("returns", "The mean loss over the rows.");
        writer.Doc("exception", "The input is empty or ragged, or the targets are not rows × Outputs long.", "cref=\"global::System.ArgumentException\"");
        string span = context.Type.GlobalReadOnlySpan;
        using (writer.Method($"public {context.T} {GeneratedNames.Loss}", $"{span} input", $"{span} targets"))
        {
            writer.Line($"int batch = {Helpers}LayerChecks.NonEmptyBatch(input, {GeneratedNames.Inputs}, nameof(input));");
            writer.Line($"{Helpers}LayerChecks.RowsOf(targets.Length, batch, {GeneratedNames.Outputs}, nameof(targets));");
            EmitLogitsAndGradients(context);
            writer.Line($"{context.T} loss = global::LayerGen.CrossEntropy.FromLogits(logits, targets, gradients, {GeneratedNames.Outputs});");
            writer.Line("_lossBatch = batch;");
            writer.Line("return loss;");
        }

        writer.Line();
    }

    /// <summary>Runs the network; declares <c>logits</c> and <c>gradients</c>, the buffer of the loss gradient.</summary>
    private static void EmitLogitsAndGradients(NetworkContext context)
    {
        string last = GeneratedNames.ActivationGradient(context.Network.Last.Number);
        // With custom layers, the forward keeps their records for Backward, which then need not re-run their forward rows.
        string forward = context.Network.HasCustomLayers ? GeneratedNames.ForwardKeepingRecords : GeneratedNames.Forward;
        context.Writer.Line($"{context.Type.GlobalReadOnlySpan} logits = {forward}(input);");
        context.Writer.Line($"{context.Type.GlobalSpan} gradients = new({last}, 0, logits.Length);");
    }

    private static void EmitForwardKeepingRecords(NetworkContext context)
    {
        CodeWriter writer = context.Writer;
        writer.Line();
        writer.Doc("summary", $"<see cref=\"{GeneratedNames.Forward}\"/>, keeping the custom layers' records for the next <see cref=\"{GeneratedNames.Backward}\"/>.");
        using (writer.Method($"private {context.Type.GlobalReadOnlySpan} {GeneratedNames.ForwardKeepingRecords}", $"{context.Type.GlobalReadOnlySpan} input"))
        {
            writer.Line($"{GeneratedNames.RecordingCustomLayers} = true;");
            using (writer.Block("try"))
            {
                writer.Line($"{context.Type.GlobalReadOnlySpan} logits = {GeneratedNames.Forward}(input);");
                writer.Line($"{GeneratedNames.CustomRecordsFresh} = true;");
                writer.Line("return logits;");
            }

            using (writer.Block("finally"))
            {
                writer.Line($"{GeneratedNames.RecordingCustomLayers} = false;");
            }
        }
    }

    private static void EmitBackward(NetworkContext context)
    {
        CodeWriter writer = context.Writer;
        writer.Doc("summary", $"Back-propagates the last <c>{GeneratedNames.Loss}</c> into <see cref=\"{GeneratedNames.Gradients}\"/> (overwritten, not added).");
        writer.Doc("exception",
            $"No <c>{GeneratedNames.Loss}</c> call precedes it, or a later Forward, Predict or Accuracy replaced its activations.",
            "cref=\"global::System.InvalidOperationException\"");
        using (writer.Block($"public void {GeneratedNames.Backward}()"))
        {
            writer.Line($"{Helpers}LayerChecks.LossBeforeBackward(_lossBatch);");
            writer.Call($"{Helpers}BatchParallel.Backward",
                ["_lossBatch", "_maxDegreeOfParallelism", "_gradients", "ref _chunkGradients", "_backwardRows ??= BackwardRows"], ";");
        }

        if (context.Network.HasCustomLayers)
        {
            EmitForwardKeepingRecords(context);
        }

        writer.Line();
    }

    private static void EmitOptimizerSteps(NetworkContext context)
    {
        CodeWriter writer = context.Writer;
        NumericType t = context.Type;
        writer.Doc("summary",
            $"One SGD step with the gradients of <see cref=\"{GeneratedNames.Backward}\"/>: <c>p −= lr · g</c>, or with "
            + $"<see cref=\"{GeneratedNames.Momentum}\"/> μ &gt; 0: <c>v = μ·v + g; p −= lr · v</c> (as PyTorch's SGD).");
        writer.Doc("param", "Step size lr; finite and not negative.", "name=\"learningRate\"");
        writer.Doc("exception", "learningRate is negative or not finite.", "cref=\"global::System.ArgumentOutOfRangeException\"");
        writer.Line($"public void {GeneratedNames.Step}({context.T} learningRate) => _optimizer.Sgd(_parameters, _gradients, learningRate);");
        writer.Line();
        writer.Doc("summary",
            $"One Adam step (Kingma and Ba, 2015) with the gradients of <see cref=\"{GeneratedNames.Backward}\"/>, with bias-corrected "
            + $"first and second moments, kept between calls and cleared by <see cref=\"{GeneratedNames.ResetParameters}\"/> and "
            + $"<see cref=\"{GeneratedNames.Load}\"/>.");
        writer.Doc("param", "Step size; finite and not negative (0.001 is the usual choice).", "name=\"learningRate\"");
        writer.Doc("param", "Decay of the first moment, in [0, 1).", "name=\"beta1\"");
        writer.Doc("param", "Decay of the second moment, in [0, 1).", "name=\"beta2\"");
        writer.Doc("param", "Added to the root of the second moment; positive.", "name=\"epsilon\"");
        writer.Doc("exception", "An argument is outside its range.", "cref=\"global::System.ArgumentOutOfRangeException\"");
        string element = context.T;
        string[] parameters =
        [
            $"{element} learningRate", $"{element} beta1 = {t.Literal(0.9)}", $"{element} beta2 = {t.Literal(0.999)}", $"{element} epsilon = {t.Literal(1e-8)}",
        ];
        writer.ExpressionBodied($"public void {GeneratedNames.StepAdam}", parameters, "_optimizer.Adam(_parameters, _gradients, learningRate, beta1, beta2, epsilon);");

        writer.Line();
    }
}
