// Idiom: Boltzmann weights per replica of a parallel-tempering run, written with one "ground state" found over the
// whole ensemble of replicas before the replica loop (jagged energies, temperatures as a read-only list).
// Use: replica state populations for swap statistics.
// Layout: jagged double[replica][state] energies (eV), IReadOnlyList<double> temperatures (K).
// Bug LG0001: the minimum energy (the max of -beta E) spans every replica, not the replica being normalised; a
// replica whose energies sit far above the ensemble's ground state underflows to 0/0.
// Our own code.
using System;
using System.Collections.Generic;

namespace HeldOut93.ReplicaBoltzmann_GlobalGroundState;

public static class ReplicaWeights
{
    private const double KB = 8.617333262e-5; // eV / K

    public static double[][] Compute(double[][] energies, IReadOnlyList<double> temperatures)
    {
        double ground = double.MaxValue;
        foreach (double[] replica in energies)
            foreach (double e in replica)
                if (e < ground) ground = e; //~ LG0001

        var weights = new double[energies.Length][];
        for (int r = 0; r < energies.Length; r++)
        {
            double kT = KB * temperatures[r];
            double[] levels = energies[r];
            var w = new double[levels.Length];
            double partition = 0;
            for (int s = 0; s < levels.Length; s++)
            {
                w[s] = Math.Exp(-(levels[s] - ground) / kT);
                partition += w[s];
            }

            for (int s = 0; s < w.Length; s++) w[s] /= partition;
            weights[r] = w;
        }

        return weights;
    }
}
