// Idiom: Java-style static `MathUtils` helper class (`max(double[])`, `sum(double[])`, `scale(double[], double)`) used by a
// scikit-learn-like `predictProba(double[][] X)`; each helper is handed one row.
// Use: multinomial logistic regression output. Layout: jagged double[samples][classes]; Math.Exp.
// Correct. Our own code.
using System;

namespace HeldOut91.MathUtils_RowHelpers;

public static class MathUtils
{
    public static double max(double[] a)
    {
        double m = double.NegativeInfinity;
        foreach (double v in a)
        {
            m = Math.Max(m, v);
        }
        return m;
    }

    public static double sum(double[] a)
    {
        double s = 0.0;
        for (int i = 0; i < a.Length; i++)
        {
            s += a[i];
        }
        return s;
    }

    public static void scale(double[] a, double factor)
    {
        for (int i = 0; i < a.Length; i++)
        {
            a[i] *= factor;
        }
    }
}

public sealed class MultinomialLogisticRegression
{
    public double[][] predictProba(double[][] X)
    {
        double[][] proba = new double[X.Length][];
        for (int i = 0; i < X.Length; i++)
        {
            double[] row = X[i];
            double rowMax = MathUtils.max(row);
            double[] e = new double[row.Length];
            for (int j = 0; j < row.Length; j++)
            {
                e[j] = Math.Exp(row[j] - rowMax);
            }
            MathUtils.scale(e, 1.0 / MathUtils.sum(e));
            proba[i] = e;
        }
        return proba;
    }
}
