// Idiom: a Python list comprehension `exps = [math.exp(v) for v in row]; s = sum(exps); [e / s for e in exps]` ported
// to LINQ over a jagged array, one `Select` per comprehension, camelCase ported names.
// Use: per-sample class probabilities. Layout: jagged double[samples][classes]; Math.Exp.
// Bug LG0003: exp of the raw logits, no max subtracted (overflows above ~709).
// Our own code.
using System;
using System.Linq;

namespace HeldOut91.PythonComprehension_RawExp;

public static class SoftmaxPort
{
    public static double[][] Softmax(double[][] batchLogits)
    {
        return batchLogits.Select(row =>
        {
            double[] exps = row.Select(v => Math.Exp(v)).ToArray(); //~ LG0003
            double s = exps.Sum();
            return exps.Select(e => e / s).ToArray();
        }).ToArray();
    }
}
