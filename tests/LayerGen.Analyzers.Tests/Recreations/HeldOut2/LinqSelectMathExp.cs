// Re-creates: one-line LINQ softmax from C# NLP / classifier snippets (e.g. text-classification samples)
// Layout: 1-D double[], method group Select(Math.Exp)
// Expected: LG0003 — exp of raw logits via a method group
using System;
using System.Linq;

namespace HeldOut2.LinqSelectMathExp;

public static class Classifier
{
    public static double[] Softmax(double[] logits)
    {
        var exps = logits.Select(Math.Exp).ToArray(); //~ LG0003
        var sum = exps.Sum();
        return exps.Select(e => e / sum).ToArray();
    }
}
