// Source: GFlowNet trajectory balance (Bengio et al. 2021; Malkin et al. 2022), the forward policy's masked
//   log-softmax written in generic math with a raw log-partition.
// Layout: T[steps, actions] forward logits with IFloatingPointIeee754<T>, bool[steps, actions] masks; log P_F
//   written into T[steps, actions]; `partition += T.Exp(l)` over the valid actions, then `T.Log(partition)`.
// Bug: LG0003 (exp of the raw logits in the log-partition).
using System.Numerics;

namespace LayerGen.Corpus.HeldOut17;

/// <summary>Sum of forward log-probabilities of a GFlowNet trajectory.</summary>
public static class GFlowNetForwardPolicy
{
    /// <summary>Writes log P_F [steps, actions] and returns the sum over the taken actions.</summary>
    public static T SumLogPf<T>(T[,] logits, bool[,] valid, int[] taken, T[,] logPf)
        where T : IFloatingPointIeee754<T>
    {
        int steps = logits.GetLength(0);
        int actions = logits.GetLength(1);
        T sum = T.Zero;
        for (int t = 0; t < steps; t++)
        {
            T partition = T.Zero;
            for (int a = 0; a < actions; a++)
            {
                if (valid[t, a])
                {
                    partition += T.Exp(logits[t, a]); //~ LG0003
                }
            }

            T logPartition = T.Log(partition);
            for (int a = 0; a < actions; a++)
            {
                logPf[t, a] = valid[t, a] ? logits[t, a] - logPartition : T.NegativeInfinity;
            }

            sum += logPf[t, taken[t]];
        }

        return sum;
    }
}
