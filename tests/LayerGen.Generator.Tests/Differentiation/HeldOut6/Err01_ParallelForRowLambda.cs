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
// known gap: besides the marked `x.ToArray()` local and `Parallel.For`, `output.CopyTo(y)` on the heap buffer `double[] output = new double[16]` is rejected (LG1111@19, MemoryExtensions.CopyTo of an array), although docs/custom-layers.md lists heap buffers and `source.CopyTo(span)` as supported (probed after the measure, a throw-away layer: the same buffer declared `Span<double> output = new double[8]` passes, declared `double[]` its `CopyTo(y)` is LG1111)
// gap: misplaced LG1116@16 LG1111@18 LG1111@19
