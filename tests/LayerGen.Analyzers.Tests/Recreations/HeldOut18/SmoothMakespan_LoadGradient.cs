// Source: smoothed makespan for scenario-based load balancing (Nesterov 2005, "Smooth minimization of non-smooth
// functions": max_m L_m replaced by mu log sum_m exp(L_m / mu), whose gradient with respect to the loads is the
// softmax of L / mu; used in gradient-based parallel-machine scheduling and sample-average stochastic scheduling).
// Layout: jagged `double[][]` processing times per scenario, `int[] machineOf` assignment, loads accumulated into a
// reused `double[]`; the partition is an ONLINE (single-pass) softmax with a running maximum and rescaling.
// Correct: the running maximum is per scenario; the returned smoothed makespan is mu (max + log z).
using System;

namespace HeldOut18.SmoothMakespan_LoadGradient;

public static class SmoothMakespan
{
    public static double[] Evaluate(double[][] processing, int[] machineOf, int machines, double mu, double[,] gradient)
    {
        int scenarios = processing.Length;
        var value = new double[scenarios];
        var load = new double[machines];
        for (int s = 0; s < scenarios; s++)
        {
            Array.Clear(load);
            double[] p = processing[s];
            for (int j = 0; j < p.Length; j++)
            {
                load[machineOf[j]] += p[j];
            }

            double running = double.NegativeInfinity;
            double z = 0.0;
            for (int m = 0; m < machines; m++)
            {
                double a = load[m] / mu;
                if (a > running)
                {
                    z = z * Math.Exp(running - a) + 1.0;
                    running = a;
                }
                else
                {
                    z += Math.Exp(a - running);
                }
            }

            for (int m = 0; m < machines; m++)
            {
                gradient[s, m] = Math.Exp(load[m] / mu - running) / z;
            }

            value[s] = mu * (running + Math.Log(z));
        }

        return value;
    }
}
