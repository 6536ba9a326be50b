// Idiom: multinomial-logit vote shares per constituency (nowcast: party utility = national level + local swing).
// Layout: float[parties, constituencies] party-major (one row per party), the softmax runs down each constituency's
// column; MathF.Exp.
// Correct. Style inspired by public multinomial vote-share forecast code (MRP / multinomial logit notebooks); our own code.
using System;

namespace HeldOut52.ConstituencyNowcast_PartyMajor;

public static class Nowcast
{
    public static float[,] VoteShares(float[,] utility)
    {
        int parties = utility.GetLength(0);
        int seats = utility.GetLength(1);
        var share = new float[parties, seats];
        for (int c = 0; c < seats; c++)
        {
            float lead = utility[0, c];
            for (int p = 1; p < parties; p++)
            {
                if (utility[p, c] > lead)
                {
                    lead = utility[p, c];
                }
            }

            float sum = 0f;
            for (int p = 0; p < parties; p++)
            {
                share[p, c] = MathF.Exp(utility[p, c] - lead);
                sum += share[p, c];
            }

            for (int p = 0; p < parties; p++)
            {
                share[p, c] /= sum;
            }
        }

        return share;
    }
}
