// expect: error
// A Swish layer that appends each row's mean activation to a trace file for debugging: file I/O inside ForwardRow,
// a side effect no derivative covers. Expected: an LG11xx error at the File.AppendAllText call. Our own code.
using System;
using System.IO;
using LayerGen;

[DifferentiableLayer(8)]
partial class SwishWithTrace
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double total = 0;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = x[i] / (1.0 + Math.Exp(-x[i]));
            total += y[i];
        }
        File.AppendAllText("swish-trace.txt", $"{total / x.Length}\n"); //~ LG11
    }
}
