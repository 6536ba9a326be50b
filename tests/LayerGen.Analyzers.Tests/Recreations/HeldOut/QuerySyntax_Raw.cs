// Variant (our own code) of xin-pu/Somnium's LINQ softmax (src/Somnium/Func/SoftMax.cs) written in query syntax:
// `from v in x select Math.Exp(v)`, a sum, then a second query for the division.
// Layout: 1D IEnumerable<double>, LINQ query expressions. Bug (LG0003).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut.QuerySyntaxRaw;

public static class QuerySoftmax
{
    public static double[] Forward(IEnumerable<double> x)
    {
        double[] e = (from v in x select Math.Exp(v)).ToArray(); //~ LG0003
        double total = e.Sum();
        return (from v in e select v / total).ToArray();
    }
}
