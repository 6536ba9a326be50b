namespace LayerGen;

/// <summary>How <see cref="CrossEntropy"/> combines the per-row losses (as PyTorch's <c>reduction</c>).</summary>
public enum CrossEntropyReduction
{
    /// <summary>
    /// The weighted mean: the sum of row losses divided by the number of non-ignored rows, or, when class weights are given,
    /// by the sum of the weights of the non-ignored rows' target classes (label overloads). Probability-target overloads divide by the row count.
    /// </summary>
    Mean = 0,

    /// <summary>The sum of the row losses; the gradient is not divided by anything.</summary>
    Sum = 1,

    /// <summary>
    /// No reduction: the per-row losses go to the <c>rowLosses</c> span (required), the method returns their sum, and the gradient is
    /// that of the sum (each row's own, undivided gradient), i.e. an upstream gradient of 1 for every row.
    /// </summary>
    None = 2,
}
