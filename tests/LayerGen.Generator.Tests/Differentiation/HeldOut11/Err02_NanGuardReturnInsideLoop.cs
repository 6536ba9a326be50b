// expect: error
// An RMS normaliser that bails out of the whole row when it meets a NaN while summing squares: the early
// `return;` sits inside the for loop, which the subset does not allow (return only among ForwardRow's own
// statements, not inside a loop): LG11xx at the return. Shape of defensive C# feature code, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(6)]
public partial class NanGuardReturnInsideLoop
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double sumSquares = 0;
        for (int i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i]))
            {
                y.Fill(double.NaN);
                return; //~ LG11
            }
            sumSquares += x[i] * x[i];
        }
        double rms = Math.Sqrt(sumSquares / x.Length + 1e-6);
        for (int i = 0; i < x.Length; i++) y[i] = x[i] / rms;
    }
}
