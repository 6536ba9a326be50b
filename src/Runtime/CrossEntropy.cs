using System.Globalization;
using System.Numerics;

namespace LayerGen;

/// <summary>
/// Softmax cross-entropy computed from logits in one fused, stable pass (log-sum-exp with the per-row max),
/// with its gradient with respect to the logits. Semantics follow PyTorch's <c>torch.nn.functional.cross_entropy</c>.
/// </summary>
/// <remarks>
/// <para>Default (<see cref="CrossEntropyOptions.Default"/>): the mean over rows of <c>−log softmax(x)[label]</c>, gradient <c>(softmax(x) − onehot) / N</c>.</para>
/// <para>Differences from PyTorch, all chosen so that no NaN appears unless a NaN came in:
/// <list type="bullet">
/// <item>When every row is ignored (or the weights of all targets sum to 0) the mean is 0 with a zero gradient; PyTorch returns NaN.</item>
/// <item>A term whose coefficient (target probability × weight) is 0 adds 0 even when its log-probability is −∞; PyTorch gives NaN (0·∞).</item>
/// <item>Logits of +∞ follow <see cref="Softmax"/>'s rule (the +∞ entries share the mass); an all −∞ row has probabilities 0.</item>
/// </list></para>
/// <para>A target class whose logit is −∞ (probability 0) gives a loss of +∞, not NaN; its gradient stays finite.</para>
/// <para>Everything is validated before anything is written; the methods are allocation-free and single-threaded.</para>
/// </remarks>
public static class CrossEntropy
{
    /// <summary>Cross-entropy of integer class labels; writes the gradient into <paramref name="dLogits"/> unless it is empty.</summary>
    /// <param name="logits">The scores, <c>rows × cols</c> row-major.</param>
    /// <param name="labels">One class per row, in <c>[0, cols)</c> or equal to <see cref="CrossEntropyOptions.IgnoreIndex"/>.</param>
    /// <param name="dLogits">Receives d loss / d logits (same shape as <paramref name="logits"/>); empty = no gradient. May be <paramref name="logits"/> itself.</param>
    /// <param name="cols">The number of classes.</param>
    /// <param name="options">Reduction, ignore index, label smoothing and class weights; null = <see cref="CrossEntropyOptions.Default"/>.
    /// <see cref="CrossEntropyReduction.None"/> needs the overload with <c>rowLosses</c>.</param>
    /// <returns>The reduced loss.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cols"/> is not positive, a label is out of range, or an option is out of range.</exception>
    /// <exception cref="ArgumentException">Shapes do not match, a destination is too short, or it partially overlaps an input.</exception>
    public static float FromLogits(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> dLogits, int cols, CrossEntropyOptions? options = null) =>
        FromLabels(logits, labels, dLogits, default, cols, options, SimdPaths.Best);

    /// <inheritdoc cref="FromLogits(ReadOnlySpan{float}, ReadOnlySpan{int}, Span{float}, int, CrossEntropyOptions?)"/>
    public static double FromLogits(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, Span<double> dLogits, int cols, CrossEntropyOptions? options = null) =>
        FromLabels(logits, labels, dLogits, default, cols, options, SimdPaths.Best);

    /// <summary>
    /// Cross-entropy of integer class labels that also writes each row's unreduced loss (weighted, smoothed; 0 for ignored rows) into
    /// <paramref name="rowLosses"/>. Required for <see cref="CrossEntropyReduction.None"/>.
    /// </summary>
    /// <param name="logits">The scores, <c>rows × cols</c> row-major.</param>
    /// <param name="labels">One class per row, in <c>[0, cols)</c> or equal to <see cref="CrossEntropyOptions.IgnoreIndex"/>.</param>
    /// <param name="dLogits">Receives d loss / d logits; empty = no gradient. May be <paramref name="logits"/> itself.</param>
    /// <param name="rowLosses">Receives one loss per row; at least <c>rows</c> long (may be empty unless the reduction is <see cref="CrossEntropyReduction.None"/>).</param>
    /// <param name="cols">The number of classes.</param>
    /// <param name="options">Reduction, ignore index, label smoothing and class weights; null = defaults.</param>
    /// <returns>The reduced loss (for <see cref="CrossEntropyReduction.None"/>, the sum of <paramref name="rowLosses"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cols"/> is not positive, a label is out of range, or an option is out of range.</exception>
    /// <exception cref="ArgumentException">Shapes do not match, a destination is too short, or it partially overlaps an input.</exception>
    public static float FromLogits(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> dLogits, Span<float> rowLosses, int cols, CrossEntropyOptions? options = null) =>
        FromLabels(logits, labels, dLogits, rowLosses, cols, options, SimdPaths.Best);

    /// <inheritdoc cref="FromLogits(ReadOnlySpan{float}, ReadOnlySpan{int}, Span{float}, Span{float}, int, CrossEntropyOptions?)"/>
    public static double FromLogits(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, Span<double> dLogits, Span<double> rowLosses, int cols, CrossEntropyOptions? options = null) =>
        FromLabels(logits, labels, dLogits, rowLosses, cols, options, SimdPaths.Best);

    /// <summary>
    /// Cross-entropy of target distributions (probabilities or one-hot rows, same shape as <paramref name="logits"/>):
    /// row loss <c>−Σ_c w_c·t_c·log softmax(x)_c</c>, gradient <c>softmax(x)·Σ_c w_c·t_c − w·t</c> (= softmax − t for unweighted rows that sum to 1).
    /// </summary>
    /// <remarks>Mean divides by the row count, as PyTorch does for probability targets; <see cref="CrossEntropyOptions.IgnoreIndex"/> is not used.</remarks>
    /// <param name="logits">The scores, <c>rows × cols</c> row-major.</param>
    /// <param name="targets">The target distribution of each row; same length as <paramref name="logits"/>.</param>
    /// <param name="dLogits">Receives d loss / d logits; empty = no gradient. May be <paramref name="logits"/> or <paramref name="targets"/> itself.</param>
    /// <param name="cols">The number of classes.</param>
    /// <param name="options">Reduction, label smoothing and class weights; null = defaults.</param>
    /// <returns>The reduced loss.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cols"/> is not positive or an option is out of range.</exception>
    /// <exception cref="ArgumentException">Shapes do not match, a destination is too short, or it partially overlaps an input.</exception>
    public static float FromLogits(ReadOnlySpan<float> logits, ReadOnlySpan<float> targets, Span<float> dLogits, int cols, CrossEntropyOptions? options = null) =>
        FromTargets(logits, targets, dLogits, default, cols, options, SimdPaths.Best);

    /// <inheritdoc cref="FromLogits(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float}, int, CrossEntropyOptions?)"/>
    public static double FromLogits(ReadOnlySpan<double> logits, ReadOnlySpan<double> targets, Span<double> dLogits, int cols, CrossEntropyOptions? options = null) =>
        FromTargets(logits, targets, dLogits, default, cols, options, SimdPaths.Best);

    /// <summary>Cross-entropy of target distributions that also writes each row's unreduced loss into <paramref name="rowLosses"/>.</summary>
    /// <param name="logits">The scores, <c>rows × cols</c> row-major.</param>
    /// <param name="targets">The target distribution of each row; same length as <paramref name="logits"/>.</param>
    /// <param name="dLogits">Receives d loss / d logits; empty = no gradient.</param>
    /// <param name="rowLosses">Receives one loss per row; at least <c>rows</c> long (may be empty unless the reduction is <see cref="CrossEntropyReduction.None"/>).</param>
    /// <param name="cols">The number of classes.</param>
    /// <param name="options">Reduction, label smoothing and class weights; null = defaults.</param>
    /// <returns>The reduced loss (for <see cref="CrossEntropyReduction.None"/>, the sum of <paramref name="rowLosses"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cols"/> is not positive or an option is out of range.</exception>
    /// <exception cref="ArgumentException">Shapes do not match, a destination is too short, or it partially overlaps an input.</exception>
    public static float FromLogits(ReadOnlySpan<float> logits, ReadOnlySpan<float> targets, Span<float> dLogits, Span<float> rowLosses, int cols, CrossEntropyOptions? options = null) =>
        FromTargets(logits, targets, dLogits, rowLosses, cols, options, SimdPaths.Best);

    /// <inheritdoc cref="FromLogits(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float}, Span{float}, int, CrossEntropyOptions?)"/>
    public static double FromLogits(ReadOnlySpan<double> logits, ReadOnlySpan<double> targets, Span<double> dLogits, Span<double> rowLosses, int cols, CrossEntropyOptions? options = null) =>
        FromTargets(logits, targets, dLogits, rowLosses, cols, options, SimdPaths.Best);

    /// <summary>The label overloads on an explicit <see cref="SimdPath"/>.</summary>
    internal static T FromLabels<T>(
        ReadOnlySpan<T> logits, ReadOnlySpan<int> labels, Span<T> dLogits, Span<T> rowLosses, int cols, CrossEntropyOptions? options, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        options ??= CrossEntropyOptions.Default;
        int rows = ValidateShapes(logits, dLogits, rowLosses, cols, options);
        Guard.RowCount(labels.Length, logits.Length, cols, "labels", "logits", exact: true);

        // Validate every label before writing anything, and sum the Mean denominator on the way.
        ReadOnlySpan<double> weights = options.ClassWeights.Span;
        double denominator = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            int label = labels[i];
            if (label == options.IgnoreIndex)
            {
                continue;
            }

            if ((uint)label >= (uint)cols)
            {
                Guard.ThrowLabelOutOfRange(i, label, cols, options.IgnoreIndex);
            }

            denominator += weights.IsEmpty ? 1.0 : weights[label];
        }

        T scale = ReductionScale<T>(options.Reduction, denominator);
        return CrossEntropyKernels.Labels(logits, labels, dLogits, rowLosses, cols, options, scale, path);
    }

    /// <summary>The probability-target overloads on an explicit <see cref="SimdPath"/>.</summary>
    internal static T FromTargets<T>(
        ReadOnlySpan<T> logits, ReadOnlySpan<T> targets, Span<T> dLogits, Span<T> rowLosses, int cols, CrossEntropyOptions? options, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        options ??= CrossEntropyOptions.Default;
        int rows = ValidateShapes(logits, dLogits, rowLosses, cols, options);
        Guard.SameLength(targets.Length, logits.Length, "targets", "logits.Length");
        Guard.NoPartialOverlap(targets, dLogits, "targets", "dLogits");
        Guard.NoOverlap(targets, rowLosses, "targets", "rowLosses");

        T scale = ReductionScale<T>(options.Reduction, rows);
        return CrossEntropyKernels.Targets(logits, targets, dLogits, rowLosses, cols, options, scale, path);
    }

    private static int ValidateShapes<T>(ReadOnlySpan<T> logits, Span<T> dLogits, Span<T> rowLosses, int cols, CrossEntropyOptions options)
    {
        int rows = Guard.Rows(logits.Length, cols, "logits.Length");
        if (!dLogits.IsEmpty)
        {
            Guard.Destination(dLogits.Length, logits.Length, "dLogits", "logits.Length");
            Guard.NoPartialOverlap(logits, dLogits, "logits", "dLogits");
        }

        // A plain comparison: Enum.IsDefined can allocate (its per-type cache is collectible), and calls must not.
        if (options.Reduction is not (CrossEntropyReduction.Mean or CrossEntropyReduction.Sum or CrossEntropyReduction.None))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Reduction, $"options.Reduction ({options.Reduction}) is not a CrossEntropyReduction value.");
        }

        if (options.Reduction == CrossEntropyReduction.None || !rowLosses.IsEmpty)
        {
            Guard.RowCount(rowLosses.Length, logits.Length, cols, "rowLosses", "logits", exact: false);
            Guard.NoOverlap(logits, rowLosses, "logits", "rowLosses");
            Guard.NoOverlap(dLogits, rowLosses, "dLogits", "rowLosses");
        }

        if (!(options.LabelSmoothing >= 0 && options.LabelSmoothing <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.LabelSmoothing, $"options.LabelSmoothing ({options.LabelSmoothing}) must be in [0, 1].");
        }

        if (!options.ClassWeights.IsEmpty && options.ClassWeights.Length != cols)
        {
            throw new ArgumentException($"options.ClassWeights.Length ({options.ClassWeights.Length}) does not match cols ({cols}).", nameof(options));
        }

        // A NaN or infinite weight would spread NaN into every gradient entry; a negative one would reverse the loss.
        ReadOnlySpan<double> weights = options.ClassWeights.Span;
        for (int c = 0; c < weights.Length; c++)
        {
            if (!double.IsFinite(weights[c]) || weights[c] < 0)
            {
                string shown = weights[c].ToString(CultureInfo.InvariantCulture);
                throw new ArgumentOutOfRangeException(nameof(options), weights[c], $"options.ClassWeights[{c}] ({shown}) must be finite and not negative.");
            }
        }

        return rows;
    }

    /// <summary>1 / denominator for Mean (0 when nothing counts), 1 for Sum and None.</summary>
    private static T ReductionScale<T>(CrossEntropyReduction reduction, double denominator)
        where T : IFloatingPointIeee754<T> =>
        reduction != CrossEntropyReduction.Mean ? T.One
        : denominator == 0 ? T.Zero
        : T.CreateTruncating(1.0 / denominator);
}
