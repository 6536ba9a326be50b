namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>Which value a reduction folds.</summary>
internal enum ReductionKind
{
    /// <summary>A running or whole maximum.</summary>
    Max,

    /// <summary>A running or whole sum.</summary>
    Sum,

    /// <summary>
    /// A running or whole minimum. It bounds an exponent only where it enters with a positive sign while the values it
    /// folds enter negated (<c>exp(-(d - dmin) / h)</c>, <c>exp(min - d)</c>): there it is the site's shift, its
    /// maximum (see <c>SoftmaxModel.MinimumShifts.cs</c>).
    /// </summary>
    Min,
}
