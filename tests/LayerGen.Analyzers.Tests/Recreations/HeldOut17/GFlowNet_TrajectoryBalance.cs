// Source: GFlowNet trajectory balance (Bengio et al. 2021; Malkin et al. 2022; GFNOrg/torchgfn `TBGFlowNet`): the
//   forward policy of each step is a masked log-softmax over the valid actions, and the loss is
//   (log Z + sum log P_F - log R - sum log P_B)^2.
// Layout: class with a LogZ property; jagged double[steps][actions] forward logits and bool[steps][actions] masks;
//   log P_F written per step (-inf for invalid actions); the peak skips invalid actions; log-normaliser
//   peak + log(sum exp(l - peak)).
// Correct.
using System;
using System.Linq;

namespace LayerGen.Corpus.HeldOut17;

/// <summary>Trajectory-balance loss of one GFlowNet trajectory.</summary>
public sealed class TrajectoryBalance
{
    /// <summary>Learned log partition function.</summary>
    public double LogZ { get; set; }

    /// <summary>Returns the loss and writes log P_F per step into <paramref name="logPf"/>.</summary>
    public double Loss(double[][] forwardLogits, bool[][] valid, int[] taken, double logReward, double[] logPb, double[][] logPf)
    {
        double sumLogPf = 0.0;
        for (int t = 0; t < forwardLogits.Length; t++)
        {
            double[] l = forwardLogits[t];
            bool[] ok = valid[t];
            double[] lp = logPf[t];

            double peak = double.NegativeInfinity;
            for (int a = 0; a < l.Length; a++)
            {
                if (ok[a] && l[a] > peak)
                {
                    peak = l[a];
                }
            }

            double z = 0.0;
            for (int a = 0; a < l.Length; a++)
            {
                if (ok[a])
                {
                    z += Math.Exp(l[a] - peak);
                }
            }

            double logNorm = peak + Math.Log(z);
            for (int a = 0; a < l.Length; a++)
            {
                lp[a] = ok[a] ? l[a] - logNorm : double.NegativeInfinity;
            }

            sumLogPf += lp[taken[t]];
        }

        double delta = LogZ + sumLogPf - logReward - logPb.Sum();
        return delta * delta;
    }
}
