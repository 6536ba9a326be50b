// A softmax with a debugging print of the normaliser left in (Console.WriteLine): I/O is a side effect no derivative
// can reverse; the user should get an error at the print.
// expect: error
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(10)]
public partial class ConsoleDebugPrintFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float max = x[0];
        for (int i = 1; i < x.Length; i++)
            max = MathF.Max(max, x[i]);
        float sum = 0f;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = MathF.Exp(x[i] - max);
            sum += y[i];
        }
        Console.WriteLine($"softmax normaliser {sum}"); //~ LG11
        for (int i = 0; i < x.Length; i++)
            y[i] /= sum;
    }
}
