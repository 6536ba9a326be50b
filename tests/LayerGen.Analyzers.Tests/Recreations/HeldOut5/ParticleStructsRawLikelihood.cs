// Source: particle-filter localisation in C# (robot/game tracking): particles are structs with a log-likelihood, the
// weights are exp(logLik) normalised. Layout: Particle[] for one step (1-D, called per row).
// Bug (LG0003): exp of the raw log-likelihood stored in each struct, no max subtracted.
using System;

namespace LayerGen.Recreations.HeldOut5.ParticleStructsRawLikelihoodNs;

public struct Particle
{
    public double LogLikelihood;
    public double Weight;
}

public static class ParticleStructsRawLikelihood
{
    public static void Reweight(Particle[] particles)
    {
        double total = 0.0;
        for (int i = 0; i < particles.Length; i++)
        {
            particles[i].Weight = Math.Exp(particles[i].LogLikelihood); //~ LG0003
            total += particles[i].Weight;
        }
        for (int i = 0; i < particles.Length; i++)
        {
            particles[i].Weight /= total;
        }
    }
}
