// A debugging Console.WriteLine left in the forward (a side effect): an error at the call is expected.
// Re-creates: none; the print-debugging habit.
// expect: error
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(4)]
public partial class ConsoleDebugPrint
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double sum = 0;
        for (int i = 0; i < x.Length; i++) sum += x[i];
        Console.WriteLine($"sum = {sum}"); //~ LG11
        for (int i = 0; i < x.Length; i++) y[i] = x[i] - sum / x.Length;
    }
}
