// expect: error
// A softsign written with Parallel.For "for speed", a habit from C# data-processing code: the row's work runs in a
// lambda through a library call, which the derivative engine cannot see into. Outside the subset (a call of another
// method, with a lambda). Our own code.
using System;
using System.Threading.Tasks;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(16)]
public partial class ParallelForRowLambda
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double[] input = x.ToArray(); //~ LG11
        double[] output = new double[16];
        Parallel.For(0, 16, i => output[i] = input[i] / (1.0 + Math.Abs(input[i]))); //~ LG11
        output.CopyTo(y);
    }
}
