// HeldOut58 — a C routine "void softmax(int n, const double *x, double *y)" (no max subtraction, as in many small C
// neural-net sources) ported to spans: a driver slices each row of a flat batch and keeps the C loop's 1-based
// Fortran heritage "for (k = 1; k <= n; k++) y[k - 1] = exp(x[k - 1])". Our own code.
// Layout: ReadOnlySpan<double> / Span<double> over a flat row-major [batch, n] buffer, Slice(r * n, n) per row.
// Bug: LG0003 — exp of the raw logits feeds the per-row normalisation (overflow to Inf/NaN above ~709).
using System;

namespace HeldOut58.BlasStrided_RawExpSpans;

public static class CPort
{
    public static void SoftmaxRows(int batch, int n, ReadOnlySpan<double> x, Span<double> y)
    {
        for (int r = 0; r < batch; r++)
        {
            ReadOnlySpan<double> xr = x.Slice(r * n, n);
            Span<double> yr = y.Slice(r * n, n);
            double total = 0.0;
            for (int k = 1; k <= n; k++)
            {
                yr[k - 1] = Math.Exp(xr[k - 1]); //~ LG0003
                total += yr[k - 1];
            }

            for (int k = 1; k <= n; k++)
            {
                yr[k - 1] = yr[k - 1] / total;
            }
        }
    }
}
