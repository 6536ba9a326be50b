// Re-creation (our own code) of SoftMax.BasicSoftMax in xin-pu/Somnium, src/Somnium/Func/SoftMax.cs.
// The source writes Math.Pow(Math.E, a) (an exp in disguise); we write the Math.Exp a user would.
// Layout: one sequence (IEnumerable<double>) through LINQ with a lambda Select(v => Math.Exp(v)).
// Bug: exp of raw values, no max subtracted (NaN above ~709 in double).
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.SomniumSelectLambda;

public static class Activation
{
    public static List<double> SoftMax(IEnumerable<double> activated)
    {
        double[] exps = activated.Select(a => Math.Exp(a)).ToArray(); //~ LG0003
        double expsSum = exps.Sum();
        return exps.Select(e => e / expsSum).ToList();
    }
}
