// Re-creation (our own code) of xin-pu/Somnium's LINQ softmax (src/Somnium/Func/SoftMax.cs) in query syntax with the
// maximum subtracted: `from v in x select Math.Exp(v - max)`.
// Layout: 1D IEnumerable<double>, LINQ query expressions. Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut.QuerySyntaxShifted;

public static class QuerySoftmax
{
    public static double[] Forward(IEnumerable<double> x)
    {
        double[] values = x.ToArray();
        double max = values.Max();
        double[] e = (from v in values select Math.Exp(v - max)).ToArray();
        double total = e.Sum();
        return (from v in e select v / total).ToArray();
    }
}
