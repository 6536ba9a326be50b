using LayerGen.Generator.Model;
using LayerGen.Validation;
using static LayerGen.Generator.Emitting.SourceEmitter;

namespace LayerGen.Generator.Emitting.Standalone;

/// <summary>Emits a standalone <c>[SoftmaxWithLoss(n)]</c> layer: <c>Classes</c> and the fused <c>Forward</c>.</summary>
internal static class SoftmaxWithLossLayerEmitter
{
    /// <summary>Writes the members; <paramref name="plan"/> is <see langword="null"/> when the class calls the runtime kernels.</summary>
    public static void Emit(CodeWriter writer, NumericType t, int classes, SoftmaxKernelPlan? plan)
    {
        string classesName = GeneratedNames.Classes;
        writer.Doc("summary", "Number of classes (logits per row).");
        writer.Line($"public const int {classesName} = {Format(classes)};");
        writer.Line();
        writer.Doc("summary",
            "Softmax fused with cross-entropy: returns the mean over rows of <c>−log softmax(logits)[label]</c>, computed with a "
            + "per-row log-sum-exp, and writes the gradient <c>(softmax(logits) − onehot(labels)) / rows</c> to "
            + "<paramref name=\"dLogits\"/> unless it is empty.");
        writer.Doc("remarks",
            "A label whose logit is <c>-∞</c> costs <c>+∞</c> (not NaN). <paramref name=\"dLogits\"/> may be the logits' own memory.");
        writer.Doc("param", $"A row-major batch of rows of <see cref=\"{classesName}\"/> logits.", "name=\"logits\"");
        writer.Doc("param", $"One class index in [0, <see cref=\"{classesName}\"/>) per row.", "name=\"labels\"");
        writer.Doc("param", "Receives the gradient (as long as <paramref name=\"logits\"/>), or empty for none.", "name=\"dLogits\"");
        writer.Doc("returns", "The mean cross-entropy over the rows.");
        writer.Doc("exception",
            "The logits are empty or ragged, the number of labels differs from the number of rows, or <paramref name=\"dLogits\"/> "
            + "is neither empty nor long enough, or overlaps the logits without being the same memory.",
            "cref=\"global::System.ArgumentException\"");
        writer.Doc("exception", $"A label is outside [0, <see cref=\"{classesName}\"/>).", "cref=\"global::System.ArgumentOutOfRangeException\"");
        using (writer.Method($"public {t.Name} {GeneratedNames.Forward}", $"{t.GlobalReadOnlySpan} logits", "global::System.ReadOnlySpan<int> labels", $"{t.GlobalSpan} dLogits"))
        {
            writer.Line($"global::LayerGen.Generated.LayerChecks.SoftmaxWithLoss(logits, labels, dLogits, {classesName});");
            if (plan is null)
            {
                writer.Line($"{t.GlobalSpan} gradient = dLogits.IsEmpty ? dLogits : dLogits.Slice(0, logits.Length);");
                writer.Line($"return global::LayerGen.CrossEntropy.FromLogits(logits, labels, gradient, {classesName});");
            }
            else
            {
                writer.Line($"return global::LayerGen.Generated.{plan.HelperName}.MeanLoss(logits, labels, dLogits);");
            }
        }
    }
}
