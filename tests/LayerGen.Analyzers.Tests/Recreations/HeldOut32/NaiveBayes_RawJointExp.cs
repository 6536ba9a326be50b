// Naive Bayes text classifier with dictionaries (class label -> log prior, class -> word -> log likelihood).
// Layout: one record per observation with a word-count dictionary, posteriors as Dictionary<string, double>.
// Bug (LG0003): the joint log-probabilities are exponentiated directly; a long document's joint is around -800 for every class,
// so every exp underflows to 0 and the posterior is 0/0.
using System;
using System.Collections.Generic;

namespace HeldOut32;

/// <summary>An observation as word counts.</summary>
public sealed record TextObservation(IReadOnlyDictionary<string, int> WordCounts);

/// <summary>A naive Bayes text classifier over string labels.</summary>
public sealed class DictionaryNaiveBayes(Dictionary<string, double> logPrior, Dictionary<string, Dictionary<string, double>> logLikelihood)
{
    /// <summary>The class posterior of one observation.</summary>
    public Dictionary<string, double> Posterior(TextObservation observation)
    {
        var joint = new Dictionary<string, double>();
        foreach (var (label, prior) in logPrior)
        {
            double s = prior;
            foreach (var (word, count) in observation.WordCounts)
            {
                if (logLikelihood[label].TryGetValue(word, out double lw))
                {
                    s += count * lw;
                }
            }

            joint[label] = s;
        }

        var posterior = new Dictionary<string, double>();
        double evidence = 0;
        foreach (var (label, lj) in joint)
        {
            double p = Math.Exp(lj); //~ LG0003
            posterior[label] = p;
            evidence += p;
        }

        foreach (string label in joint.Keys)
        {
            posterior[label] /= evidence;
        }

        return posterior;
    }
}
