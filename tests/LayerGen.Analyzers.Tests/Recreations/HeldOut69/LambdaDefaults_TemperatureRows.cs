// Idiom: a lambda with a default parameter and natural type (C# 12): `var softmax = (double[] row, double t = 1.0) => ...`.
// Use: temperature softmax applied to every row of a list with ConvertAll.
// Layout: List<double[]> rows.
// Correct: the lambda is given one row; its max and sum are that row's (temperature 1 by default).
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;

namespace HeldOut69.LambdaDefaults_TemperatureRows;

public static class TemperatureRows
{
    public static List<double[]> Forward(List<double[]> rows)
    {
        var softmax = (double[] row, double temperature = 1.0) =>
        {
            double max = double.NegativeInfinity;
            foreach (double v in row) max = Math.Max(max, v);
            var p = new double[row.Length];
            double z = 0;
            for (int j = 0; j < row.Length; j++) z += p[j] = Math.Exp((row[j] - max) / temperature);
            for (int j = 0; j < p.Length; j++) p[j] /= z;
            return p;
        };

        return rows.ConvertAll(r => softmax(r));
    }
}
