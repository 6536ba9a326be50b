// Idiom: UEBA soft assignment of each user-day to behaviour profiles (peer groups): a deviation energy per profile,
// turned into responsibilities exp(-(d - dMin) / tau) / Z; a user-day far from every profile is flagged.
// Layout: double[userDays, profiles] row-major deviations, double tau (> 0); softmin per row.
// Correct: each user-day's own nearest profile (Math.Min over the row) is the shift.
// Style inspired by soft peer-group clustering in UEBA products (soft k-means responsibilities); our own C#.
using System;

namespace HeldOut56.ProfileAssignment_NearestPerUser;

public static class PeerGroups
{
    public static double[,] Responsibilities(double[,] deviation, double tau)
    {
        int users = deviation.GetLength(0), profiles = deviation.GetLength(1);
        var r = new double[users, profiles];
        for (int u = 0; u < users; u++)
        {
            double nearest = double.PositiveInfinity;
            for (int p = 0; p < profiles; p++)
            {
                nearest = Math.Min(nearest, deviation[u, p]);
            }

            double z = 0.0;
            for (int p = 0; p < profiles; p++)
            {
                r[u, p] = Math.Exp(-(deviation[u, p] - nearest) / tau);
                z += r[u, p];
            }

            for (int p = 0; p < profiles; p++)
            {
                r[u, p] /= z;
            }
        }

        return r;
    }
}
