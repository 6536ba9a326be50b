namespace LayerGen;

/// <summary>Numerical gradients by central differences, to check an analytic backward pass.</summary>
/// <remarks>Use double precision: with a step of 1e-5 the truncation error is about h² ≈ 1e-10 and rounding about ε/h ≈ 1e-11.</remarks>
public static class GradientCheck
{
    /// <summary>
    /// Writes <c>(loss(p + h·eᵢ) − loss(p − h·eᵢ)) / 2h</c> for every parameter <c>pᵢ</c>, restoring each parameter afterwards
    /// (exactly: the original value is saved and written back).
    /// </summary>
    /// <param name="parameters">The parameters <paramref name="loss"/> reads (the same memory it closes over).</param>
    /// <param name="loss">Computes the scalar loss from the current parameter values.</param>
    /// <param name="numericalGradient">Receives the gradient; at least <c>parameters.Length</c> long.</param>
    /// <param name="step">The difference step h; positive and finite. Default 1e-5.</param>
    /// <exception cref="ArgumentNullException"><paramref name="loss"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentException"><paramref name="numericalGradient"/> is too short or overlaps <paramref name="parameters"/>.</exception>
    public static void Numerical(Span<double> parameters, Func<double> loss, Span<double> numericalGradient, double step = 1e-5)
    {
        ArgumentNullException.ThrowIfNull(loss);
        if (!(step > 0 && double.IsFinite(step)))
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, $"step ({step}) must be positive and finite.");
        }

        Guard.Destination(numericalGradient.Length, parameters.Length, nameof(numericalGradient), "parameters.Length");
        Guard.NoOverlap<double>(parameters, numericalGradient, nameof(parameters), nameof(numericalGradient));

        for (int i = 0; i < parameters.Length; i++)
        {
            double original = parameters[i];
            try
            {
                parameters[i] = original + step;
                double plus = loss();
                parameters[i] = original - step;
                double minus = loss();
                numericalGradient[i] = (plus - minus) / (2 * step);
            }
            finally
            {
                parameters[i] = original;
            }
        }
    }

    /// <summary>
    /// The largest <c>|a − n| / max(|a|, |n|, 1e-8)</c> over all entries (0 for empty spans; NaN when any entry is NaN).
    /// </summary>
    /// <param name="analytic">The gradient from the backward pass.</param>
    /// <param name="numerical">The gradient from <see cref="Numerical"/>; same length.</param>
    /// <returns>The maximum relative error.</returns>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static double MaxRelativeError(ReadOnlySpan<double> analytic, ReadOnlySpan<double> numerical)
    {
        Guard.SameLength(numerical.Length, analytic.Length, nameof(numerical), "analytic.Length");
        double worst = 0;
        for (int i = 0; i < analytic.Length; i++)
        {
            double a = analytic[i];
            double n = numerical[i];
            double error = Math.Abs(a - n) / Math.Max(Math.Max(Math.Abs(a), Math.Abs(n)), 1e-8);
            worst = Math.Max(worst, error); // Math.Max propagates NaN
        }

        return worst;
    }
}
