/**
 * Level 1 of the scheduler on this host: a periodic round that sets each running VM's CPU weight and balloon
 * target from the metrics the node already samples, with the headless {@code org.vemanager.scheduler.level1}
 * engine. Off unless the node-agent is started with {@code --level1}.
 */
package org.vemanager.agent.node.balance;
