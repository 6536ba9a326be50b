// Re-creation (our own code) of softmax.calculate in Amzo/NEUNEX, Neunex/Activations/softmax.cs, and of
// Matrix.softmax in Triuman/AISoccer, Assets/Scripts/AttentionTriML/Matrix.cs (a game AI's attention).
// Layout: one vector (double[]) through LINQ with the method group Select(Math.Exp).
// Bug: exp of raw values, no max subtracted (NaN above ~709 in double).
using System;
using System.Linq;

namespace Recreations.NeunexSelectMethodGroup;

public static class LinqSoftmax
{
    public static double[] Calculate(double[] data)
    {
        double[] exps = data.Select(Math.Exp).ToArray(); //~ LG0003
        double total = exps.Sum();
        return exps.Select(e => e / total).ToArray();
    }
}
