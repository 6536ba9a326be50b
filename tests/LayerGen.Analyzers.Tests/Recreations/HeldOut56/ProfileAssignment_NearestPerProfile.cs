// Idiom: UEBA soft assignment of user-days to behaviour profiles, deviations arriving as one double[] per user-day.
// Layout: List<double[]> rows [userDay][profile]; a per-profile `nearest` array; softmin per user-day.
// Bug (LG0004): `nearest[p]` is the smallest deviation of profile p over all user-days (down a column), while the sum
// runs per user-day over the profiles (along a row).
// Style inspired by soft peer-group clustering in UEBA products; our own C#.
using System;
using System.Collections.Generic;

namespace HeldOut56.ProfileAssignment_NearestPerProfile;

public static class DailyPeerGroups
{
    public static List<double[]> Responsibilities(List<double[]> deviationByUserDay, double tau)
    {
        int profiles = deviationByUserDay[0].Length;
        var nearest = new double[profiles];
        Array.Fill(nearest, double.PositiveInfinity);
        foreach (double[] row in deviationByUserDay)
        {
            for (int p = 0; p < profiles; p++)
            {
                nearest[p] = Math.Min(nearest[p], row[p]); //~ LG0004
            }
        }

        var result = new List<double[]>(deviationByUserDay.Count);
        foreach (double[] row in deviationByUserDay)
        {
            var r = new double[profiles];
            double z = 0.0;
            for (int p = 0; p < profiles; p++)
            {
                r[p] = Math.Exp(-(row[p] - nearest[p]) / tau);
                z += r[p];
            }

            for (int p = 0; p < profiles; p++) r[p] /= z;
            result.Add(r);
        }

        return result;
    }
}
