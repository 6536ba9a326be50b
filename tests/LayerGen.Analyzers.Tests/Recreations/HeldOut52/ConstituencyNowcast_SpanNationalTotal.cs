// Idiom: multinomial-logit vote shares per constituency, utilities of all constituencies in one buffer.
// Layout: Span<double> over a flat buffer, one Slice(c * parties, parties) per constituency; in-place exp.
// Bug: each constituency is shifted by its own leader, but the normaliser is one total over the whole buffer
// (a national total), so a constituency's shares do not sum to one.
using System;

namespace HeldOut52.ConstituencyNowcast_SpanNationalTotal;

public static class Nowcast
{
    public static void VoteShares(Span<double> utility, int parties)
    {
        int seats = utility.Length / parties;
        for (int c = 0; c < seats; c++)
        {
            Span<double> seat = utility.Slice(c * parties, parties);
            double lead = double.NegativeInfinity;
            for (int p = 0; p < seat.Length; p++)
            {
                lead = Math.Max(lead, seat[p]);
            }

            for (int p = 0; p < seat.Length; p++)
            {
                seat[p] = Math.Exp(seat[p] - lead);
            }
        }

        double national = 0.0;
        foreach (double w in utility)
        {
            national += w; //~ LG0002
        }

        for (int i = 0; i < utility.Length; i++)
        {
            utility[i] /= national;
        }
    }
}
