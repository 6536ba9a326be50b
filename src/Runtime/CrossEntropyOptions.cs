namespace LayerGen;

/// <summary>Options of <see cref="CrossEntropy"/>, following PyTorch's <c>torch.nn.functional.cross_entropy</c>.</summary>
/// <remarks>An instance is immutable and can be shared between calls and threads.</remarks>
public sealed class CrossEntropyOptions
{
    /// <summary>The default options: mean reduction, ignore index −100, no label smoothing, no class weights.</summary>
    public static CrossEntropyOptions Default { get; } = new();

    /// <summary>How row losses are combined. Default <see cref="CrossEntropyReduction.Mean"/>.</summary>
    public CrossEntropyReduction Reduction { get; init; } = CrossEntropyReduction.Mean;

    /// <summary>
    /// A label value whose rows contribute neither loss nor gradient (their gradient rows are zero, their row loss 0), as PyTorch's
    /// <c>ignore_index</c>. Default −100. Only used by the label overloads.
    /// </summary>
    public int IgnoreIndex { get; init; } = -100;

    /// <summary>
    /// Label smoothing ε in [0, 1]: the target becomes <c>(1 − ε)·onehot + ε / cols</c>. Default 0.
    /// </summary>
    public double LabelSmoothing { get; init; }

    /// <summary>
    /// Optional class weights, one per column (empty = all 1). A row's terms are scaled by the weight of each class they touch, as
    /// PyTorch's <c>weight</c>. Stored as <see cref="double"/> for both precisions; the float kernels round each weight to float.
    /// Every weight must be finite and not negative: <see cref="CrossEntropy"/> checks them before writing anything and throws
    /// <see cref="ArgumentOutOfRangeException"/> naming the first bad one.
    /// </summary>
    public ReadOnlyMemory<double> ClassWeights { get; init; }
}
