// Idiom: softmax action selection with a temperature annealed over training steps.
// Use: exploration schedule for a population of agents; tau decays linearly from Start to End.
// Layout: double[actions, agents] (column-major: one column per agent, the softmax runs down a column).
// Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut98.AnnealedTemperature_ColumnMajor2D;

public sealed class TemperatureSchedule(double start, double end, int steps)
{
    public double At(int step) => step >= steps ? end : start + (end - start) * step / steps;
}

public static class AnnealedBoltzmann
{
    public static double[,] Policy(double[,] q, TemperatureSchedule schedule, int step)
    {
        int actions = q.GetLength(0), agents = q.GetLength(1);
        double tau = schedule.At(step);
        var pi = new double[actions, agents];
        for (int g = 0; g < agents; g++)
        {
            double m = double.NegativeInfinity;
            for (int a = 0; a < actions; a++) m = Math.Max(m, q[a, g]);

            double s = 0;
            for (int a = 0; a < actions; a++) s += pi[a, g] = Math.Exp((q[a, g] - m) / tau);

            for (int a = 0; a < actions; a++) pi[a, g] /= s;
        }

        return pi;
    }
}
