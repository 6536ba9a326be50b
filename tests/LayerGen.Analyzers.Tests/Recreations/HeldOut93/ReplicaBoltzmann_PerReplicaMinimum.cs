// Idiom: Boltzmann weights of the discrete states of each replica in a replica-exchange run, each replica at its own
// temperature (beta = 1 / (kB T), kB in eV/K); the ground state of each replica is subtracted before exp(-beta E).
// Use: state populations per replica for a parallel-tempering log.
// Layout: double[replica, state] energies (eV), one temperature per replica.
// Correct.
// Our own code.
using System;

namespace HeldOut93.ReplicaBoltzmann_PerReplicaMinimum;

public static class ReplicaPopulations
{
    private const double BoltzmannEv = 8.617333262e-5;

    public static double[,] Populations(double[,] energy, double[] temperatureKelvin)
    {
        int replicas = energy.GetLength(0);
        int states = energy.GetLength(1);
        var population = new double[replicas, states];
        for (int r = 0; r < replicas; r++)
        {
            double beta = 1.0 / (BoltzmannEv * temperatureKelvin[r]);
            double eMin = double.PositiveInfinity;
            for (int s = 0; s < states; s++)
            {
                double e = energy[r, s];
                if (e < eMin) eMin = e;
            }

            double z = 0.0;
            for (int s = 0; s < states; s++)
            {
                double w = Math.Exp(-beta * (energy[r, s] - eMin));
                population[r, s] = w;
                z += w;
            }

            for (int s = 0; s < states; s++) population[r, s] /= z;
        }

        return population;
    }
}
