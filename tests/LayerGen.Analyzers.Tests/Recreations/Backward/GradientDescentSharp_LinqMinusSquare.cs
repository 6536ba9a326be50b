// Re-creation (our own code) of Softmax.ActivationDerivative in a GradientDescentSharp repository
// (x.Map(x => { var ex = MathF.Exp(x); var variable = ex / sum; return variable - variable * variable; })),
// with LINQ instead of a MathNet vector and the max subtracted.
// Layout: one vector, LINQ Select with a statement lambda. Bug (LG0007): p - p * p returned as the derivative.
using System;
using System.Linq;

namespace Recreations.Backward.GradientDescentSharpLinqMinusSquare;

public sealed class Softmax
{
    public float[] ActivationDerivative(float[] x)
    {
        float max = x.Max();
        float sum = x.Sum(v => MathF.Exp(v - max));
        return x.Select(v =>
        {
            var variable = MathF.Exp(v - max) / sum;
            return variable - variable * variable; //~ LG0007
        }).ToArray();
    }
}
