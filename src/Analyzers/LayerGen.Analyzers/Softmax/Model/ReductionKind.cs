namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>Which value a reduction folds.</summary>
internal enum ReductionKind
{
    /// <summary>A running or whole maximum.</summary>
    Max,

    /// <summary>A running or whole sum.</summary>
    Sum,
}
