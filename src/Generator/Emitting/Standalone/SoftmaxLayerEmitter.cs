using LayerGen.Generator.Model;
using LayerGen.Validation;
using static LayerGen.Generator.Emitting.SourceEmitter;

namespace LayerGen.Generator.Emitting.Standalone;

/// <summary>Emits a standalone <c>[Softmax(n)]</c> layer: <c>Size</c>, <c>Forward</c> and <c>Backward</c>.</summary>
internal static class SoftmaxLayerEmitter
{
    /// <summary>Writes the members; <paramref name="plan"/> is <see langword="null"/> when the class calls the runtime kernels.</summary>
    public static void Emit(CodeWriter writer, NumericType t, int size, SoftmaxKernelPlan? plan)
    {
        string sizeName = GeneratedNames.Size;
        writer.Doc("summary", "Number of entries per row.");
        writer.Line($"public const int {sizeName} = {Format(size)};");
        writer.Line();
        writer.Doc("summary",
            "Writes the softmax of each row of <paramref name=\"x\"/> to <paramref name=\"y\"/>: every row has its own maximum "
            + "subtracted before <c>exp</c> and is divided by its own sum, so each row sums to 1.");
        writer.Doc("remarks",
            "No NaN comes out unless a NaN went in; <c>+∞</c> entries share their row's mass equally; a row of only <c>-∞</c> gives zeros. "
            + "<paramref name=\"y\"/> may be <paramref name=\"x\"/> itself.");
        writer.Doc("param", $"Logits: a row-major batch of rows of <see cref=\"{sizeName}\"/> entries.", "name=\"x\"");
        writer.Doc("param", "Receives the probabilities; at least as long as <paramref name=\"x\"/>.", "name=\"y\"");
        writer.Doc("exception",
            $"The length of <paramref name=\"x\"/> is not a multiple of <see cref=\"{sizeName}\"/>, <paramref name=\"y\"/> is shorter, "
            + "or <paramref name=\"y\"/> overlaps <paramref name=\"x\"/> without being the same memory.",
            "cref=\"global::System.ArgumentException\"");
        using (writer.Method($"public void {GeneratedNames.Forward}", $"{t.GlobalReadOnlySpan} x", $"{t.GlobalSpan} y"))
        {
            if (plan is null)
            {
                writer.Line($"global::LayerGen.Softmax.Forward(x, y, {sizeName});");
            }
            else
            {
                writer.Line($"global::LayerGen.Generated.LayerChecks.SoftmaxForward(x, y, {sizeName});");
                writer.Line($"global::LayerGen.Generated.{plan.HelperName}.Forward(x, y.Slice(0, x.Length));");
            }
        }

        writer.Line();
        writer.Doc("summary",
            "Writes the gradient of the loss with respect to the softmax input, <c>dx = y ⊙ (dy − ⟨y, dy⟩)</c> per row, "
            + "in O(n) per row: the Jacobian <c>diag(y) − y yᵀ</c> is never formed.");
        writer.Doc("remarks",
            "<paramref name=\"dx\"/> may be <paramref name=\"dy\"/> itself. A row of zeros in <paramref name=\"y\"/> "
            + "(an all <c>-∞</c> input row) gets a zero gradient.");
        writer.Doc("param", $"The output of <see cref=\"{GeneratedNames.Forward}\"/>: rows of <see cref=\"{sizeName}\"/> probabilities.", "name=\"y\"");
        writer.Doc("param", "Gradient of the loss with respect to <paramref name=\"y\"/>; as long as <paramref name=\"y\"/>.", "name=\"dy\"");
        writer.Doc("param", "Receives the gradient with respect to the softmax input; at least as long as <paramref name=\"y\"/>.", "name=\"dx\"");
        writer.Doc("exception",
            $"A length is not a multiple of <see cref=\"{sizeName}\"/>, the lengths of <paramref name=\"y\"/> and <paramref name=\"dy\"/> differ, "
            + "<paramref name=\"dx\"/> is shorter, or it overlaps an input without being the same memory.",
            "cref=\"global::System.ArgumentException\"");
        using (writer.Method($"public void {GeneratedNames.Backward}", $"{t.GlobalReadOnlySpan} y", $"{t.GlobalReadOnlySpan} dy", $"{t.GlobalSpan} dx"))
        {
            if (plan is null)
            {
                writer.Line($"global::LayerGen.Softmax.Backward(y, dy, dx, {sizeName});");
            }
            else
            {
                writer.Line($"global::LayerGen.Generated.LayerChecks.SoftmaxBackward(y, dy, dx, {sizeName});");
                writer.Line($"global::LayerGen.Generated.{plan.HelperName}.Backward(y, dy, dx.Slice(0, y.Length));");
            }
        }
    }
}
