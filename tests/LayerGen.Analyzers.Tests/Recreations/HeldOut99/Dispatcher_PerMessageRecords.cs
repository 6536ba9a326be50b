// Idiom: a message dispatcher over a closed hierarchy of records (switch on the message type), with the per-message
// working state created inside the case that handles it and the result published through an async callback.
// Use: a bot/game server loop that receives "scores" messages for named agents and broadcasts action probabilities.
// Layout: one double[] of logits per Scores message; softmax over that array.
// Correct.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut99.Dispatcher_PerMessageRecords;

public abstract record Message;
public sealed record Scores(string Agent, double[] Logits) : Message;
public sealed record Forget(string Agent) : Message;

public sealed class PolicyDispatcher
{
    private readonly Dictionary<string, double[]> _latest = new();
    private readonly Func<string, double[], CancellationToken, Task> _publish;

    public PolicyDispatcher(Func<string, double[], CancellationToken, Task> publish) => _publish = publish;

    public IReadOnlyDictionary<string, double[]> Latest => _latest;

    public async Task DispatchAsync(Message message, CancellationToken ct = default)
    {
        switch (message)
        {
            case Scores { Agent: var agent, Logits: var logits }:
            {
                double best = double.NegativeInfinity;
                foreach (double l in logits)
                {
                    best = l > best ? l : best;
                }

                var policy = new double[logits.Length];
                double z = 0;
                for (int a = 0; a < logits.Length; a++)
                {
                    policy[a] = Math.Exp(logits[a] - best);
                    z += policy[a];
                }

                for (int a = 0; a < policy.Length; a++)
                {
                    policy[a] /= z;
                }

                _latest[agent] = policy;
                await _publish(agent, policy, ct).ConfigureAwait(false);
                break;
            }

            case Forget forget:
                _latest.Remove(forget.Agent);
                break;
        }
    }
}
