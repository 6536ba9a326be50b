// Idiom: multinomial-logit mode choice in a four-step transport model: V = ASC + β_t · time + β_c · cost per mode, P = exp(μ (V - V_max)) / Σ, and the logsum (composite utility) per OD pair
// Layout: Dictionary<(int Origin, int Destination), List<ModeOption>> of records; LINQ Max per OD pair
// Correct
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut35.ModeChoice_PerOdPair
{
    public sealed record ModeOption(string Mode, double Asc, double TravelTime, double Cost);

    public static class ModeChoiceModel
    {
        public static Dictionary<(int Origin, int Destination), double[]> Shares(
            Dictionary<(int Origin, int Destination), List<ModeOption>> options,
            double betaTime,
            double betaCost,
            double mu,
            Dictionary<(int Origin, int Destination), double> logsum)
        {
            var shares = new Dictionary<(int Origin, int Destination), double[]>();
            foreach (var od in options.Keys)
            {
                List<ModeOption> modes = options[od];
                double[] v = modes.Select(o => o.Asc + betaTime * o.TravelTime + betaCost * o.Cost).ToArray();
                double vMax = v.Max();
                var p = new double[v.Length];
                double den = 0.0;
                for (int i = 0; i < v.Length; i++)
                {
                    p[i] = Math.Exp(mu * (v[i] - vMax));
                    den += p[i];
                }

                for (int i = 0; i < v.Length; i++)
                    p[i] /= den;
                shares[od] = p;
                logsum[od] = vMax + Math.Log(den) / mu;
            }

            return shares;
        }
    }
}
