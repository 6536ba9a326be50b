// Idiom: Weka-style port: a `Classifier` hierarchy whose `evaluateModel(...)` fills a probability table from a Java-style
// dataset accessor `value(i, j)` on a float[,] backing store, with `getNumInstances()`/`getNumClasses()` getters.
// Use: class distribution per instance during evaluation. Layout: float[instances, classes] behind getters; MathF.Exp.
// Bug LG0002: `total` is declared before the instance loop and never reset, so each row is divided by a running total.
// Our own code.
using System;

namespace HeldOut91.WekaInstances_EvaluateRunningTotal;

public sealed class DataSet
{
    private readonly float[,] values;

    public DataSet(float[,] values) { this.values = values; }

    public int getNumInstances() { return values.GetLength(0); }
    public int getNumClasses() { return values.GetLength(1); }
    public float value(int i, int j) { return values[i, j]; }
}

public abstract class AbstractClassifier
{
    public abstract float[,] evaluateModel(DataSet data);
}

public sealed class LogitEvaluator : AbstractClassifier
{
    public override float[,] evaluateModel(DataSet data)
    {
        int n = data.getNumInstances();
        int k = data.getNumClasses();
        float[,] probs = new float[n, k];
        float total = 0f;
        for (int inst = 0; inst < n; inst++)
        {
            float best = float.NegativeInfinity;
            for (int c = 0; c < k; c++)
            {
                best = MathF.Max(best, data.value(inst, c));
            }
            for (int c = 0; c < k; c++)
            {
                probs[inst, c] = MathF.Exp(data.value(inst, c) - best);
                total += probs[inst, c]; //~ LG0002
            }
            for (int c = 0; c < k; c++)
            {
                probs[inst, c] /= total;
            }
        }
        return probs;
    }
}
